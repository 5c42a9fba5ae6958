package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader of the imports: the file format rules of docs/imports.md. */
class CsvReaderTests {

    private static final CsvReader.Columns COLUMNS =
            new CsvReader.Columns(List.of("nis_code", "name", "region"), List.of("nis_code", "region"), "test.file");

    @Test
    void findsTheSeparatorTheHeaderUsesMostOutsideQuotes() {
        assertThat(CsvReader.separator("a;b;c")).isEqualTo(';');
        assertThat(CsvReader.separator("a,b,c")).isEqualTo(',');
        assertThat(CsvReader.separator("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvReader.separator("\"name, full\";nis"))
                .as("a comma inside quotes")
                .isEqualTo(';');
        assertThat(CsvReader.separator("\"a;b;c\",nis"))
                .as("semicolons inside quotes")
                .isEqualTo(',');
        assertThat(CsvReader.separator("a;b,c\td"))
                .as("tab only when strictly the most")
                .isEqualTo(';');
    }

    @Test
    void aTieBetweenSemicolonAndCommaIsASemicolon() {
        assertThat(CsvReader.separator("a;b,c")).isEqualTo(';');
        assertThat(CsvReader.separator("nis_code")).as("one column: neither").isEqualTo(';');
        List<CsvReader.Row> rows =
                read(new CsvReader.Columns(List.of("name"), List.of("name"), "test.file"), "name\nBrussel, stad\n");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("name"))
                .isEqualTo("Brussel, stad"));
    }

    @Test
    void readsCommasSemicolonsAndTabsWithQuotedSeparatorsInTheValues() {
        assertThat(read("nis_code,name,region\n21004,\"Brussel, stad\",BRU\n")
                        .get(0)
                        .get("name"))
                .isEqualTo("Brussel, stad");
        assertThat(read("nis_code;name;region\n21004;\"Brussel; stad\";BRU\n")
                        .get(0)
                        .get("name"))
                .isEqualTo("Brussel; stad");
        assertThat(read("nis_code\tname\tregion\n21004\t\"Brussel\tstad\"\tBRU\n")
                        .get(0)
                        .get("name"))
                .isEqualTo("Brussel\tstad");
        assertThat(read("nis_code,name,region\n21004,\"Het \"\"Huis\"\"\",BRU\n")
                        .get(0)
                        .get("name"))
                .as("a doubled quote inside quotes")
                .isEqualTo("Het \"Huis\"");
    }

    @Test
    void skipsTheExcelBomAndBlankLinesAndNumbersLinesFromTheHeader() {
        List<CsvReader.Row> rows = read("\uFEFF\nNIS code;Region\n\n21004; BRU \n44021;VLG\n");

        assertThat(rows)
                .extracting(CsvReader.Row::line, row -> row.get("nis_code"), row -> row.get("region"))
                .containsExactly(tuple(2, "21004", "BRU"), tuple(3, "44021", "VLG"));
        assertThat(rows.get(0).get("name"))
                .as("a documented column the file lacks")
                .isEmpty();
    }

    @Test
    void readsColumnNamesInAnySpellingAndIgnoresUnknownOnes() {
        CsvReader.Row row =
                read("NisCode,NAME,réGION,Extra\n21004,Brussel,BRU,\u0007\n").get(0);

        assertThat(row.get("nis_code")).isEqualTo("21004");
        assertThat(row.get("niscode")).isEqualTo("21004");
        assertThat(row.get("Region")).isEqualTo("BRU");
        assertThat(row.values()).containsOnlyKeys("nis_code", "name", "region");
        assertThat(row.header().name("nis_code")).as("as the file wrote it").isEqualTo("NisCode");
        assertThatThrownBy(() -> row.get("street")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWrongHeaderNamesEveryMissingColumnThenTheUnknownOnesAsWritten() {
        assertThatThrownBy(() -> read("Nis kode;Gewest;name\n21004;BRU;Brussel\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problems())
                        .extracting(
                                ImportProblem::line,
                                ImportProblem::field,
                                ImportProblem::messageKey,
                                ImportProblem::value)
                        .containsExactly(
                                tuple(1, "nis_code", "test.file.missingColumn", "nis_code"),
                                tuple(1, "region", "test.file.missingColumn", "region"),
                                tuple(1, "Nis kode", "test.file.unknownColumn", "Nis kode"),
                                tuple(1, "Gewest", "test.file.unknownColumn", "Gewest")));
        assertThat(read("nis_code;region;remarks\n21004;BRU;x\n"))
                .as("an unknown column beside all required ones")
                .hasSize(1);
    }

    @Test
    void refusesAnEmptyFileAFileNotInUtf8AndOneThatStopsBeingCsv() {
        assertThat(refusal("")).isEqualTo("test.file.empty: ");
        assertThat(refusal("\uFEFF\n  \n")).isEqualTo("test.file.empty: ");
        byte[] latin1 = "nis_code;region;name\n62063;WAL;Liège\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.readAll(latin1, COLUMNS))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("test.file.encoding"));
        assertThat(refusal("nis_code;region\n21004;BRU\n44021;\"VLG\n"))
                .as("an unclosed quote, from the line after the last good one")
                .isEqualTo("test.file.unreadable: 3");
        assertThat(refusal("nis_code;region;Region\n21004;BRU;BRU\n"))
                .as("a column named twice")
                .isEqualTo("test.file.unreadable: 1");
    }

    @Test
    void anExceptionOfTheConsumerIsNotTakenForABrokenFile() {
        IllegalStateException thrown = new IllegalStateException("database gone");
        assertThatThrownBy(() -> CsvReader.read(
                        new ByteArrayInputStream("nis_code;region\n21004;BRU\n".getBytes(StandardCharsets.UTF_8)),
                        COLUMNS,
                        row -> {
                            throw thrown;
                        }))
                .isSameAs(thrown);
    }

    private static String refusal(String csv) {
        try {
            read(csv);
        } catch (ImportFileException e) {
            return e.messageKey() + ": " + e.detail();
        }
        throw new AssertionError("not refused: " + csv);
    }

    private static List<CsvReader.Row> read(String csv) {
        return read(COLUMNS, csv);
    }

    private static List<CsvReader.Row> read(CsvReader.Columns columns, String csv) {
        List<CsvReader.Row> rows = new ArrayList<>();
        CsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), columns, rows::add);
        return rows;
    }
}

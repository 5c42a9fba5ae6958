package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.SearchText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file: strict UTF-8 (with or without the BOM Excel writes), separator ';', ',' or tab as
 * found in the header, quoted fields, header names in any case ("NIS code", "nis_code" and "nisCode" are one). A
 * header without a required column is refused with every missing column and every column it did not recognise;
 * problems name a column as the file's header wrote it (docs/languages-and-exports.md).
 */
final class CsvRows {

    private CsvRows() {}

    /** The longest column name a problem keeps (the width of the problem tables' field). */
    private static final int MAX_FIELD = 40;

    /**
     * One data line: its line number in the file (header = 1), its values by normalised column name, and the header
     * as the file wrote it.
     */
    record Row(int line, Map<String, String> values, Header header) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The file's own names of the columns by normalised name, and the documented names of those it lacks. */
    record Header(Map<String, String> written, Map<String, String> documented) {

        /** The column as the user knows it: as the header wrote it, else as the import documents it. */
        String name(String column) {
            String name = written.getOrDefault(column, documented.getOrDefault(column, column));
            return name.length() > MAX_FIELD ? name.substring(0, MAX_FIELD) : name;
        }
    }

    /**
     * The data lines of the file, whose {@code columns} are documented as {@code nis_code}, {@code name_nl}…
     *
     * @throws ImportFileException for a file that is not UTF-8 or not CSV, or whose header lacks one of {@code
     *     required} (then with a problem per missing and per unrecognised column)
     */
    static List<Row> read(byte[] content, List<String> columns, Set<String> required) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new ImportFileException("organisation.import.file.empty", "");
        }
        String firstLine = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator(firstLine))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(true)
                .get();
        // The line after the last one read is where the file stops being CSV (the header is line 1).
        int lastLine = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            lastLine = 1;
            Map<String, Integer> indexes = new HashMap<>();
            Map<String, String> written = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((name, index) -> {
                indexes.put(column(name), index);
                written.put(column(name), name);
            });
            Map<String, String> documented = new LinkedHashMap<>();
            columns.forEach(name -> documented.put(column(name), name));
            Header header = new Header(written, documented);
            checkHeader(header, required);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                indexes.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                lastLine = (int) record.getRecordNumber() + 1;
                rows.add(new Row(lastLine, values, header));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports a duplicate header, an unclosed quote or a stray character this way; its message
            // names its own classes, so the report gives the line instead.
            throw new ImportFileException("organisation.import.file.unreadable", String.valueOf(lastLine + 1));
        }
    }

    /**
     * Refuses a header without a required column, naming all of them at once, and the columns it did not recognise
     * as written: "NIS kode" beside a missing nis_code is most likely the same column misspelt. When every required
     * column is there, unknown columns are left alone, as the ticket import does (a file may carry more).
     */
    private static void checkHeader(Header header, Set<String> required) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : required) {
            if (!header.written().containsKey(column(name))) {
                problems.add(new ImportProblem(
                        1, header.name(column(name)), "organisation.import.file.missingColumn", name));
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        header.written().forEach((column, name) -> {
            if (!name.isBlank() && !header.documented().containsKey(column)) {
                problems.add(new ImportProblem(1, header.name(column), "organisation.import.file.unknownColumn", name));
            }
        });
        throw new ImportFileException(problems);
    }

    /** "NIS-code", "nis_code", "NisCode" → "niscode". */
    static String column(String name) {
        return SearchText.normalise(name).replace(" ", "");
    }

    private static char separator(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Most often a file saved as Windows-1252 by Excel: accents would be garbled, so it is refused.
            throw new ImportFileException("organisation.import.file.encoding", "");
        }
    }
}

package be.miis.frontdesk.organisation;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file: strict UTF-8 (with or without the BOM Excel writes), separator ';', ',' or tab as
 * found in the header, quoted fields, header names in any case ("NIS code", "nis_code" and "nisCode" are one).
 */
final class CsvRows {

    private CsvRows() {}

    /** One data line: its line number in the file (header = 1) and its values by normalised column name. */
    record Row(int line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static List<Row> read(byte[] content, Set<String> requiredColumns) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new ImportFileException("organisation.import.file.empty", "");
        }
        String header = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator(header))
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
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> columns.put(column(name), index));
            for (String required : requiredColumns) {
                if (!columns.containsKey(required)) {
                    throw new ImportFileException("organisation.import.file.missingColumn", required);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                columns.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                lastLine = (int) record.getRecordNumber() + 1;
                rows.add(new Row(lastLine, values));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports a duplicate header, an unclosed quote or a stray character this way; its message
            // names its own classes, so the report gives the line instead.
            throw new ImportFileException("organisation.import.file.unreadable", String.valueOf(lastLine + 1));
        }
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

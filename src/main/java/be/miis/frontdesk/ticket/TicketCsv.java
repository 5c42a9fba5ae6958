package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.SearchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ticket CSV as a stream, one line at a time, so a file of a million lines never sits in memory: strict
 * UTF-8 (with or without the BOM Excel writes), separator ',' ';' or tab as found in the header, quoted fields,
 * header names in any case ("received_at", "Received at" and "receivedAt" are one).
 */
final class TicketCsv {

    static final List<String> COLUMNS = List.of(
            "reference",
            "received_at",
            "channel",
            "type",
            "domain",
            "language",
            "organisation_nis",
            "subject",
            "status",
            "answered_at",
            "escalated");

    static final List<String> REQUIRED = List.of("received_at", "channel");

    private TicketCsv() {}

    /** One data line: its number in the file (the header is line 1) and its values by column as named above. */
    record Row(int line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** Hands every data line to {@code rows}, in order; an unreadable file stops with a {@link TicketImportFileException}. */
    static void read(InputStream in, Consumer<Row> rows) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(1 << 16);
            String header = reader.readLine();
            reader.reset();
            if (header == null || header.isBlank()) {
                throw new TicketImportFileException("ticket.import.file.empty", "");
            }
            if (header.startsWith("\uFEFF")) {
                reader.skip(1);
            }
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
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                lastLine = 1;
                Map<String, Integer> columns = new HashMap<>();
                List<String> unknown = new ArrayList<>();
                parser.getHeaderMap().forEach((name, index) -> {
                    String column = column(name);
                    if (column != null) {
                        columns.put(column, index);
                    } else if (!name.isBlank()) {
                        unknown.add(name);
                    }
                });
                checkHeader(columns.keySet(), unknown);
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    Map<String, String> values = new HashMap<>(32);
                    columns.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                    lastLine = (int) record.getRecordNumber() + 1;
                    rows.accept(new Row(lastLine, values));
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw encoding();
                }
                if (e.getCause() instanceof CSVException) {
                    throw unreadable(lastLine);
                }
                throw e;
            } catch (CSVException | IllegalArgumentException | IllegalStateException e) {
                // commons-csv reports a duplicate header, an unclosed quote or a stray character this way; its
                // message names its own classes, so the report gives the line instead.
                throw unreadable(lastLine);
            }
        } catch (CharacterCodingException e) {
            throw encoding();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a header without a required column, naming every missing column and, as the file wrote them, the
     * columns it did not recognise (likely the missing ones misspelt); with every required column present, unknown
     * columns are left alone (an export of the previous CRM may carry more).
     */
    private static void checkHeader(Set<String> found, List<String> unknown) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!found.contains(required)) {
                problems.add(new ImportProblem(1, required, "ticket.import.file.missingColumn", required));
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        for (String name : unknown) {
            problems.add(new ImportProblem(
                    1, name.length() > 40 ? name.substring(0, 40) : name, "ticket.import.file.unknownColumn", name));
        }
        throw new TicketImportFileException(problems);
    }

    private static TicketImportFileException unreadable(int lastLine) {
        return new TicketImportFileException("ticket.import.file.unreadable", String.valueOf(lastLine + 1));
    }

    /** The column a header name stands for, or null for a column the import does not know (it is ignored). */
    private static @Nullable String column(String name) {
        String plain = SearchText.normalise(name).replace(" ", "").replace("_", "");
        for (String column : COLUMNS) {
            if (column.replace("_", "").equals(plain)) {
                return column;
            }
        }
        return null;
    }

    private static char separator(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static TicketImportFileException encoding() {
        // Most often a file saved as Windows-1252 by Excel: accents would be garbled, so it is refused.
        return new TicketImportFileException("ticket.import.file.encoding", "");
    }
}

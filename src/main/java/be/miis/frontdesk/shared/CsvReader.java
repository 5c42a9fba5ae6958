package be.miis.frontdesk.shared;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of the CSV files people upload (organisations, contacts, ticket history), as a stream, one line
 * at a time, so a file of a million lines never sits in memory. The rules (docs/imports.md):
 *
 * <ul>
 *   <li>strict UTF-8, with or without the BOM Excel writes; anything else is refused (accents would be garbled);
 *   <li>the header is the first line that is not blank; the separator is the one of ';', ',' and tab that it
 *       holds most often outside quotes; tab only when it is strictly the most frequent; on a tie between ';' and
 *       ',' (a header of one column has neither) ';', the separator of Excel in Belgian locales;
 *   <li>quoted fields (RFC 4180), blank lines skipped, values trimmed;
 *   <li>column names in any case, with spaces, underscores or accents ("NIS code", "nis_code" and "nisCode" are
 *       one, so a header with two of them is refused as unreadable); columns the import does not know are ignored, unless a required column is missing: then the file is
 *       refused with every missing column and every unknown one as written (likely the missing ones misspelt).
 * </ul>
 */
public final class CsvReader {

    /** The longest column name a problem keeps (the width of the problem tables' field). */
    static final int MAX_FIELD = 40;

    /** How far the reader may look ahead for the header; a longer header line is not CSV anyone wrote. */
    private static final int LOOK_AHEAD = 1 << 16;

    private CsvReader() {}

    /**
     * What an import reads: its {@code columns} as documented ({@code nis_code}, {@code received_at}…), those
     * {@code required} among them (reported in this order when missing), and the prefix of its message keys for a
     * file refused as a whole ({@code <prefix>.empty}, {@code .encoding}, {@code .unreadable},
     * {@code .missingColumn}, {@code .unknownColumn}).
     */
    public record Columns(List<String> columns, List<String> required, String messagePrefix) {

        public Columns {
            columns = List.copyOf(columns);
            required = List.copyOf(required);
            if (!columns.containsAll(required)) {
                throw new IllegalArgumentException("required columns must be documented: " + required);
            }
        }
    }

    /**
     * One data line: its number in the file (the header is line 1), its values by documented column name (the
     * columns the file lacks are empty), and the header it was read with.
     */
    public record Row(int line, Map<String, String> values, Header header) {

        /** The trimmed value of a documented column, named as documented or in any spelling; "" when absent. */
        public String get(String column) {
            String value = values.get(header.documented(column));
            return value == null ? "" : value.strip();
        }
    }

    /** The documented columns and the file's own names of those it has, both by {@link #key(String)}. */
    public record Header(Map<String, String> written, Map<String, String> documentedByKey) {

        /** A column as the user knows it: as the header wrote it, else as the import documents it (cut to 40). */
        public String name(String column) {
            String key = key(column);
            String name = written.getOrDefault(key, documentedByKey.getOrDefault(key, column));
            return name.length() > MAX_FIELD ? name.substring(0, MAX_FIELD) : name;
        }

        /** The documented name of a column given in any spelling. */
        String documented(String column) {
            // The documented spelling is what the parsers pass, millions of times: found without normalising.
            String name = documentedByKey.get(column);
            if (name == null) {
                name = documentedByKey.get(key(column));
            }
            if (name == null) {
                throw new IllegalArgumentException("not a column of this import: " + column);
            }
            return name;
        }
    }

    /** Reads a whole small file (organisations, contacts: at most 20 MB) into memory. */
    public static List<Row> readAll(byte[] content, Columns columns) {
        List<Row> rows = new ArrayList<>();
        read(new ByteArrayInputStream(content), columns, rows::add);
        return rows;
    }

    /**
     * Hands every data line to {@code rows}, in order.
     *
     * @throws ImportFileException for a file that is empty, not UTF-8 or not CSV, or whose header lacks one of the
     *     required columns; an exception {@code rows} throws goes through unchanged
     */
    public static void read(InputStream in, Columns columns, Consumer<Row> rows) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        String prefix = columns.messagePrefix();
        try {
            String header = header(reader);
            if (header == null) {
                throw new ImportFileException(prefix + ".empty", "");
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
            CSVParser parser;
            try {
                parser = CSVParser.parse(reader, format);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // A duplicate column name or a broken quote in the header; commons-csv names its own classes.
                throw unreadable(prefix, 1);
            }
            try (parser) {
                Header found = header(parser.getHeaderMap(), columns);
                Map<String, Integer> indexes = new HashMap<>();
                parser.getHeaderMap().forEach((name, index) -> {
                    String documented = found.documentedByKey().get(key(name));
                    if (documented != null) {
                        indexes.put(documented, index);
                    }
                });
                each(parser.iterator(), prefix, record -> {
                    Map<String, String> values = new HashMap<>(32);
                    indexes.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                    rows.accept(new Row((int) record.getRecordNumber() + 1, values, found));
                });
            }
        } catch (CharacterCodingException e) {
            throw encoding(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header line, with the reader set back to its start (after the BOM); null for a file without one. The
     * header line is read twice: once here to find the separator, once by the CSV parser.
     */
    private static @Nullable String header(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        String line;
        do {
            reader.mark(LOOK_AHEAD);
            line = reader.readLine();
        } while (line != null && line.isBlank());
        if (line != null) {
            reader.reset();
        }
        return line;
    }

    /** Each record to {@code record}; a record that is not CSV ends the file as unreadable from its line on. */
    private static void each(Iterator<CSVRecord> records, String prefix, Consumer<CSVRecord> record) {
        // The line after the last one read is where the file stops being CSV (the header is line 1).
        int lastLine = 1;
        while (true) {
            CSVRecord next;
            try {
                if (!records.hasNext()) {
                    return;
                }
                next = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw encoding(prefix);
                }
                throw unreadable(prefix, lastLine + 1);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw unreadable(prefix, lastLine + 1);
            }
            lastLine = (int) next.getRecordNumber() + 1;
            record.accept(next);
        }
    }

    /** The header as written, checked: every required column there (else refused, see the class comment). */
    private static Header header(Map<String, Integer> names, Columns columns) {
        Map<String, String> documented = new LinkedHashMap<>();
        columns.columns().forEach(name -> {
            documented.put(key(name), name);
            documented.put(name, name);
        });
        Map<String, String> written = new LinkedHashMap<>();
        for (String name : names.keySet()) {
            // "Region" and "region" are one column: written twice, which value counts would be a guess.
            if (!name.isBlank() && written.put(key(name), name) != null) {
                throw unreadable(columns.messagePrefix(), 1);
            }
        }
        Header header = new Header(written, documented);
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : columns.required()) {
            if (!written.containsKey(key(name))) {
                problems.add(new ImportProblem(1, header.name(name), columns.messagePrefix() + ".missingColumn", name));
            }
        }
        if (problems.isEmpty()) {
            return header;
        }
        written.forEach((key, name) -> {
            if (!name.isBlank() && !documented.containsKey(key)) {
                problems.add(new ImportProblem(1, header.name(name), columns.messagePrefix() + ".unknownColumn", name));
            }
        });
        throw new ImportFileException(problems);
    }

    /** "NIS-code", "nis_code", "NisCode" → "niscode". */
    public static String key(String name) {
        return SearchText.normalise(name).replace(" ", "");
    }

    /**
     * The separator of a header line: the most frequent of ';', ',' and tab outside quotes; tab only when strictly
     * the most frequent; ';' on a tie between ';' and ',' (Excel's separator in Belgian locales, and the one that
     * does not split "Brussel, stad" in a file of one column).
     */
    static char separator(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static ImportFileException unreadable(String prefix, int line) {
        return new ImportFileException(prefix + ".unreadable", String.valueOf(line));
    }

    private static ImportFileException encoding(String prefix) {
        // Most often a file saved as Windows-1252 by Excel: accents would be garbled, so it is refused.
        return new ImportFileException(prefix + ".encoding", "");
    }
}

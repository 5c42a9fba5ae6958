package be.miis.frontdesk.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The two kinds of CSV Frontdesk writes, through this one writer: plain RFC 4180 for programs (the API, and a
 * download for whoever wants it), and the CSV Excel opens by a double click in a Belgian locale, where the list
 * separator is ';', the decimal separator ',', and only a byte-order mark tells it the file is UTF-8 (without one
 * it reads Windows-1252 and garbles "Liège"). Why: docs/languages-and-exports.md.
 */
enum CsvDialect {
    RFC_4180("csv", ',', '.', false),
    EXCEL("csv-excel", ';', ',', true);

    private final String format;
    private final char delimiter;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(String format, char delimiter, char decimalSeparator, boolean byteOrderMark) {
        this.format = format;
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /** The value of the {@code format} parameter of a download that asks for this dialect. */
    String format() {
        return format;
    }

    /** A printer on {@code out} in UTF-8; closing it flushes and closes {@code out}. */
    CSVPrinter printer(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(delimiter);
        if (header.length > 0) {
            format.setHeader(header);
        }
        return new CSVPrinter(writer, format.get());
    }

    /** A decimal number as this dialect's reader expects it: 0.1234 or 0,1234. */
    String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}

package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180 and what spreadsheets write): fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes; records end at CRLF, LF or CR. A quote inside an unquoted field is kept as a
 * character, as spreadsheets read it. Each record is numbered as a spreadsheet shows it (the first is 1), which
 * is not the line number once a field holds a line break.
 */
public final class CsvReader {

    /** A record and its number (1 for the first record of the file). */
    public record Record(int number, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The text ends inside a quoted field: every record after the quote would be swallowed. */
    public static final class UnclosedQuote extends RuntimeException {
        private final int record;

        UnclosedQuote(int record) {
            super("A quoted field opened in record " + record + " is never closed");
            this.record = record;
        }

        public int record() {
            return record;
        }
    }

    private CsvReader() {}

    /**
     * The delimiter of a file, read from its first line: a tab when the line has more tabs than commas (Excel's
     * "Unicode text"), else a comma.
     */
    public static char delimiterOf(String text) {
        var end = text.indexOf('\n');
        var firstLine = end < 0 ? text : text.substring(0, end);
        var tabs = firstLine.chars().filter(c -> c == '\t').count();
        var commas = firstLine.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    /** Every record of the text; throws {@link UnclosedQuote} when a quoted field never ends. */
    public static List<Record> read(String text, char delimiter) {
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        var quoteOpenedIn = 0;
        var length = text.length();
        for (int i = 0; i < length; i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteOpenedIn = records.size() + 1;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(new Record(records.size() + 1, List.copyOf(fields)));
                fields.clear();
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteOpenedIn);
        }
        if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, List.copyOf(fields)));
        }
        return records;
    }
}

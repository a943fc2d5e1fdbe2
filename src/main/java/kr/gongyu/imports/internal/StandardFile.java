package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.List;
import kr.gongyu.imports.ImportRefused;
import kr.gongyu.imports.ImportRefused.Reason;

/**
 * A file read as the national standard format: its encoding, header (and its row) and data records. {@link #read} refuses a
 * file that is not one as a whole, so nothing of it is imported.
 */
public record StandardFile(String encoding, StandardHeader header, int headerRow, List<CsvReader.Record> rows) {

    /** How many non-blank records may stand above the header (a title, a note) before it. */
    static final int HEADER_SEARCH = 5;

    /** The file of the bytes; throws {@link ImportRefused} when it is not a CSV of the standard with data rows. */
    public static StandardFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportRefused(Reason.EMPTY_FILE, List.of());
        }
        var decoded = TextDecoding.decode(bytes).orElseThrow(() -> new ImportRefused(Reason.NOT_A_CSV, List.of()));
        var text = decoded.text();
        if (text.isBlank()) {
            throw new ImportRefused(Reason.EMPTY_FILE, List.of());
        }
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text, CsvReader.delimiterOf(text));
        } catch (CsvReader.UnclosedQuote unclosed) {
            throw new ImportRefused(Reason.MALFORMED_CSV, List.of(String.valueOf(unclosed.record())));
        }
        var candidates = records.stream()
                .filter(record -> !record.isBlank())
                .limit(HEADER_SEARCH)
                .toList();
        if (candidates.isEmpty()) {
            throw new ImportRefused(Reason.EMPTY_FILE, List.of());
        }
        // Some published files put a title line or two above the header: the header is the first that matches.
        for (var candidate : candidates) {
            var result = StandardHeader.read(candidate.fields());
            if (result.header() != null) {
                var rows = records.stream()
                        .filter(record -> record.number() > candidate.number() && !record.isBlank())
                        .toList();
                if (rows.isEmpty()) {
                    throw new ImportRefused(Reason.NO_DATA_ROWS, List.of());
                }
                return new StandardFile(decoded.encoding(), result.header(), candidate.number(), rows);
            }
        }
        var first = StandardHeader.read(candidates.getFirst().fields()).mismatch();
        var details = new ArrayList<String>(first.missing());
        first.duplicated().forEach(column -> details.add(column + " (×2)"));
        throw new ImportRefused(Reason.WRONG_COLUMNS, details);
    }
}

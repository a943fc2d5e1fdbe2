package kr.gongyu.imports;

import java.util.List;

/** A file refused as a whole, before anything is stored: the reason, and what it names (columns, a row). */
public final class ImportRefused extends RuntimeException {

    /** Why a file is not a CSV of the national standard. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY_FILE,
        /** Larger than {@link CatalogImports#MAX_BYTES}. */
        FILE_TOO_LARGE,
        /** Not text in UTF-8, UTF-16 or CP949: a spreadsheet, an image, random bytes. */
        NOT_A_CSV,
        /** A quoted field never closes; the details name the row where it opens. */
        MALFORMED_CSV,
        /** The header lacks required columns or names one twice; the details name them. */
        WRONG_COLUMNS,
        /** A header and no data rows. */
        NO_DATA_ROWS
    }

    private final Reason reason;
    private final List<String> details;

    public ImportRefused(Reason reason, List<String> details) {
        super(reason + " " + details);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}

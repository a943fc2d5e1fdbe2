package kr.gongyu.imports.internal;

/** A cell that makes its row impossible to import: the row is rejected with this column and message. */
public final class BadCell extends RuntimeException {

    private final StandardColumn column;

    public BadCell(StandardColumn column, String message) {
        super(message);
        this.column = column;
    }

    public StandardColumn column() {
        return column;
    }

    /** A cell's text as a message quotes it: at most 40 characters, so that a report stays readable. */
    public static String quote(String cell) {
        var text = cell.strip();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

package kr.gongyu;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows as multi-row {@code insert … values (…), (…), …} statements: on H2 that is several times faster
 * than a JDBC batch of single-row statements, and PostgreSQL takes it as well. For rows whose keys the caller
 * already has; {@value #ROWS_PER_STATEMENT} rows a statement stays well under PostgreSQL's 32,767 parameters.
 */
public final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {}

    /** Inserts the rows (each one value per column) into the table's columns ({@code "a, b, c"}). */
    public static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        insert(jdbc, table, columns, rows, "");
    }

    /**
     * As {@link #insert(JdbcTemplate, String, String, List)}, each statement ending with {@code clause}, such as
     * {@code "on conflict do nothing"}.
     */
    public static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows, String clause) {
        var width = columns.split(",").length;
        var row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            var sql = "insert into " + table + " (" + columns + ") values "
                    + String.join(", ", Collections.nCopies(chunk.size(), row))
                    + (clause.isEmpty() ? "" : " " + clause);
            var arguments = chunk.stream().flatMap(Arrays::stream).toArray();
            jdbc.update(sql, arguments);
        }
    }
}

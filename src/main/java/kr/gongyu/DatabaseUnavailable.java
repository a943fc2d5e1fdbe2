package kr.gongyu;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;

/**
 * Whether a failure is the database being out of reach (down, unreachable, or no connection free within the
 * pool's timeout) rather than a fault: the API answers 503 {@code SERVICE_UNAVAILABLE} and the pages their 503
 * page, and the client may try again; readiness says DOWN meanwhile, and the pool recovers by itself.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causes(@Nullable Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception (PostgreSQL's 08001, 08006, H2's 08xxx …)
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A transaction whose connection broke fails once more on rollback, and that failure replaces the first:
            // the pool has closed the broken connection, and its stand-in answers every call with this (HikariCP's
            // ProxyConnection, with no SQL state).
            if (cause instanceof SQLException closed && "Connection is closed".equals(closed.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}

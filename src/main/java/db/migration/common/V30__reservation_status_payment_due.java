package db.migration.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds {@code PAYMENT_DUE} to the statuses a booking may have. The list is a check constraint that V10 declared
 * without a name, so each database named it its own way ({@code reservation_status_check} on PostgreSQL, a
 * generated {@code CONSTRAINT_…} on H2): SQL alone cannot drop it on both, so this finds it by its clause in the
 * standard information schema, drops it, and declares the new list under a name of ours.
 */
public class V30__reservation_status_payment_due extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        for (var name : statusChecks(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("alter table reservation drop constraint \"" + name + "\"");
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    alter table reservation add constraint reservation_status_known check (status in (
                        'HELD', 'PENDING_APPROVAL', 'PAYMENT_DUE', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW',
                        'CANCELLED', 'REJECTED'))""");
        }
    }

    /** The names of the reservation table's check constraints over the status list (one, V10's). */
    private static ArrayList<String> statusChecks(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                        select t.constraint_name, c.check_clause
                          from information_schema.table_constraints t
                          join information_schema.check_constraints c
                            on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name
                         where t.constraint_type = 'CHECK' and lower(t.table_name) = 'reservation'
                           and lower(t.table_schema) = lower(current_schema())
                        """);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                var clause = rows.getString(2).toUpperCase(Locale.ROOT);
                if (clause.contains("'CHECKED_IN'") && clause.contains("'REJECTED'")) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}

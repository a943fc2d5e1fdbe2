package kr.gongyu;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, for the few statements written once per database (PostgreSQL's
 * {@code on conflict}, a CTE that writes twice, a function). Asked on first use, not at start-up: the application
 * starts, and says so, with the database out of reach.
 */
@Component
public class DatabaseVendor {

    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    DatabaseVendor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether it is PostgreSQL (else H2, the embedded default). */
    public boolean postgres() {
        var known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL"
                        .equals(JdbcUtils.extractDatabaseMetaData(
                                dataSource, DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException unreachable) {
                // Its cause is the connection's failure: a 503 where the database is out of reach
                // (DatabaseUnavailable).
                throw new IllegalStateException("Cannot tell which database this is", unreachable);
            }
            postgres = known;
        }
        return known;
    }
}

package kr.gongyu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The schema outlives the connection that created it. On a database created by this very start (Flyway ran in one
 * of the pool's connections), the pool retires every connection it had, as it does at {@code maxLifetime}; then
 * every table with a check constraint over a list of values takes inserts and updates, through the pool and through
 * the API. H2 2.4.240 bound such constraints to the creating session, and every one of these writes failed with
 * "Check constraint invalid … The database has been closed" (h2database#4302).
 */
@ApplicationOfItsOwn
@ContextConfiguration(initializers = PoolRetirementIT.OwnDatabase.class)
class PoolRetirementIT {

    /** The tables with an {@code IN (…)} check constraint, which this test writes to. */
    private static final Set<String> WRITTEN = Set.of(
            "institution",
            "organization",
            "account",
            "resource",
            "reservation",
            "catalog_import",
            "notification",
            "contact_verification",
            "lottery",
            "lottery_offer",
            "waitlist_entry",
            "payment",
            "payment_refund");

    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var properties = new java.util.HashMap<>(TestDatabase.properties(TestDatabase.freshUrl("pool"), false));
            properties.put("gongyu.bootstrap.operator-username", "pool-operator");
            properties.put("gongyu.bootstrap.operator-password", "pool-operator-password");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("pool-retirement-database", properties));
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    RestTestClient http;

    @Test
    void everyConstrainedTableTakesWritesAfterThePoolRetiredTheSchemasConnection() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from institution", Integer.class))
                .as("a database of this test's own, created by this start")
                .isZero();
        assertThat(constrainedTables(jdbc))
                .as("every table with a list check is written below")
                .isEqualTo(WRITTEN);

        retireEveryConnection(jdbc);

        var now = OffsetDateTime.ofInstant(TestClock.now(), TestClock.clock().getZone());
        jdbc.update(
                "insert into institution (code, name, kind, region_code) values ('POOL-1', '풀 시험군', 'LOCAL', '43770')");
        var institution = jdbc.queryForObject("select id from institution where code = 'POOL-1'", Long.class);
        jdbc.update("update institution set kind = 'PUBLIC' where id = ?", institution);
        jdbc.update("update institution set kind = 'LOCAL' where id = ?", institution);

        jdbc.update("insert into organization (name, type, region_code) values ('풀 유치원', 'KINDERGARTEN', '43770')");
        var organization = jdbc.queryForObject("select id from organization where name = '풀 유치원'", Long.class);
        jdbc.update("update organization set type = 'SCHOOL' where id = ?", organization);

        var hash = passwords.encode("pool-staff-password");
        jdbc.update(
                "insert into account (username, password_hash, display_name, role, institution_id, created_at)"
                        + " values ('pool-staff', ?, '풀 담당자', 'STAFF', ?, ?)",
                hash,
                institution,
                now);
        jdbc.update(
                "insert into account (username, password_hash, display_name, role, created_at)"
                        + " values ('pool-citizen', ?, '풀 시민', 'CITIZEN', ?)",
                hash,
                now);
        var citizen = jdbc.queryForObject("select id from account where username = 'pool-citizen'", Long.class);
        jdbc.update("update account set role = 'OPERATOR' where id = ?", citizen);
        jdbc.update("update account set role = 'CITIZEN' where id = ?", citizen);
        jdbc.update("update account set language = 'en' where id = ?", citizen);

        jdbc.update(
                "insert into notification (account_id, kind, idempotency_key, created_at, email_status)"
                        + " values (?, 'BOOKING_CONFIRMED', 'pool-1', ?, 'PENDING')",
                citizen,
                now);
        jdbc.update(
                "update notification set email_status = 'SENT', email_sent_at = ?, sms_status = 'FAILED'"
                        + " where account_id = ?",
                now,
                citizen);
        jdbc.update(
                "insert into contact_verification (account_id, channel, address, code_hash, sent_at, expires_at)"
                        + " values (?, 'SMS', '011-0000-0000', 'hash', ?, ?)",
                citizen,
                now,
                now.plusMinutes(10));
        jdbc.update("update contact_verification set channel = 'EMAIL' where account_id = ?", citizen);

        // The issue's own case: staff create and publish a resource through the API (a 500 on 2.4.240).
        var token = ApiCalls.logIn(http, "pool-staff", "pool-staff-password");
        var created = ApiCalls.post(
                http, "/api/v1/admin/resources", token, ResourceBodies.meetingRoom("풀 시험 회의실"), HttpStatus.CREATED);
        ApiCalls.post(http, "/api/v1/admin/resources/" + created.get("id") + "/publish", token, null, HttpStatus.OK);
        var resource = jdbc.queryForObject("select id from resource where name = '풀 시험 회의실'", Long.class);
        jdbc.update("update resource set kind = 'ITEM', confirmation = 'APPROVAL' where id = ?", resource);

        var start = now.plusDays(3).withHour(19).withMinute(0).withSecond(0).withNano(0);
        jdbc.update(
                "insert into reservation (resource_id, account_id, starts_at, ends_at, units, exclusive, status,"
                        + " created_at) values (?, ?, ?, ?, 1, false, 'CONFIRMED', ?)",
                resource,
                citizen,
                start,
                start.plusHours(1),
                now);
        var booking = jdbc.queryForObject("select id from reservation where resource_id = ?", Long.class, resource);
        jdbc.update(
                "insert into payment (reservation_id, order_id, method, provider, amount, status, created_at)"
                        + " values (?, 'pool-order-1', 'CARD', 'TOSS', 10000, 'READY', ?)",
                booking,
                now);
        jdbc.update(
                "update payment set status = 'PAID', paid_reservation_id = reservation_id, paid_at = ?"
                        + " where order_id = 'pool-order-1'",
                now);
        var payment = jdbc.queryForObject("select id from payment where order_id = 'pool-order-1'", Long.class);
        jdbc.update(
                "insert into payment_refund (payment_id, reason_key, amount, reason, status, owed_at)"
                        + " values (?, 'cancel', 10000, '취소', 'OWED', ?)",
                payment,
                now);
        jdbc.update("update payment_refund set status = 'DONE', refunded_at = ? where payment_id = ?", now, payment);
        assertThat(jdbc.queryForObject("select status from payment_refund where payment_id = ?", String.class, payment))
                .isEqualTo("DONE");
        jdbc.update(
                "update reservation set status = 'PAYMENT_DUE', payment_due_at = ? where resource_id = ?",
                now,
                resource);
        jdbc.update(
                "update reservation set status = 'CANCELLED', cancelled_by = 'USER', cancelled_at = ?"
                        + " where resource_id = ?",
                now,
                resource);

        jdbc.update(
                "insert into lottery (resource_id, status, applications_open, applications_close, draw_at, max_choices,"
                        + " claim_hours, leftover_at, secret, commitment, created_at)"
                        + " values (?, 'SCHEDULED', ?, ?, ?, 1, 24, ?, 'secret', 'commitment', ?)",
                resource,
                now,
                now.plusDays(1),
                now.plusDays(1),
                now.plusDays(2),
                now);
        var lottery = jdbc.queryForObject("select id from lottery where resource_id = ?", Long.class, resource);
        jdbc.update(
                "insert into lottery_application (lottery_id, account_id, public_id, created_at) values (?, ?, 'pool', ?)",
                lottery,
                citizen,
                now);
        var application =
                jdbc.queryForObject("select id from lottery_application where lottery_id = ?", Long.class, lottery);
        jdbc.update(
                "insert into lottery_offer (lottery_id, application_id, reservation_id, starts_at, ends_at, status,"
                        + " offered_at) values (?, ?, ?, ?, ?, 'HELD', ?)",
                lottery,
                application,
                booking,
                start,
                start.plusHours(1),
                now);
        jdbc.update("update lottery_offer set status = 'PASSED' where lottery_id = ?", lottery);
        jdbc.update(
                "insert into waitlist_entry (resource_id, account_id, starts_at, ends_at, status, created_at)"
                        + " values (?, ?, ?, ?, 'WAITING', ?)",
                resource,
                citizen,
                start,
                start.plusHours(1),
                now);
        jdbc.update(
                "update waitlist_entry set status = 'OFFERED', reservation_id = ? where resource_id = ?",
                booking,
                resource);
        jdbc.update("update lottery set status = 'CANCELLED' where resource_id = ?", resource);
        assertThat(jdbc.queryForObject("select status from lottery where resource_id = ?", String.class, resource))
                .isEqualTo("CANCELLED");

        var staff = jdbc.queryForObject("select id from account where username = 'pool-staff'", Long.class);
        jdbc.update(
                "insert into catalog_import (institution_id, requested_by, file_name, encoding, status, total,"
                        + " created_at) values (?, ?, 'pool.csv', 'UTF-8', 'RUNNING', 0, ?)",
                institution,
                staff,
                now);
        jdbc.update("update catalog_import set status = 'DONE', finished_at = ? where requested_by = ?", now, staff);

        assertThat(jdbc.queryForObject("select status from reservation where resource_id = ?", String.class, resource))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status from catalog_import where requested_by = ?", String.class, staff))
                .isEqualTo("DONE");
        assertThat(jdbc.queryForObject(
                        "select email_status from notification where account_id = ?", String.class, citizen))
                .isEqualTo("SENT");
        assertThat(jdbc.queryForObject(
                        "select channel from contact_verification where account_id = ?", String.class, citizen))
                .isEqualTo("EMAIL");
        assertThat(jdbc.queryForObject("select status from lottery_offer where lottery_id = ?", String.class, lottery))
                .isEqualTo("PASSED");
        assertThat(jdbc.queryForObject(
                        "select status from waitlist_entry where resource_id = ?", String.class, resource))
                .isEqualTo("OFFERED");
    }

    /** The tables of the schema with a check constraint over a list of values ({@code IN (…)}, or PostgreSQL's ANY). */
    private static Set<String> constrainedTables(JdbcTemplate jdbc) {
        List<Map<String, Object>> checks = jdbc.queryForList("select lower(t.table_name) as table_name, c.check_clause"
                + " from information_schema.table_constraints t join information_schema.check_constraints c"
                + " on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name"
                + " where t.constraint_type = 'CHECK' and lower(t.table_schema) = lower(current_schema())");
        var tables = new HashSet<String>();
        for (var check : checks) {
            var clause = ((String) check.get("check_clause")).toUpperCase(java.util.Locale.ROOT);
            if (clause.matches("(?s).*\\bIN\\s*\\(.*") || clause.contains("ANY (")) {
                tables.add((String) check.get("table_name"));
            }
        }
        return tables;
    }

    /**
     * Has the pool retire every connection it holds, as {@code maxLifetime} does (Hikari allows no lifetime under
     * 30 s, and its lifetime end is this same soft eviction), and waits until the database has seen every session
     * that existed before, the one Flyway ran in among them, closed.
     */
    private void retireEveryConnection(JdbcTemplate jdbc) throws Exception {
        var sessions = TestDatabase.kind().equals("h2")
                ? "select session_id from information_schema.sessions"
                : "select pid from pg_stat_activity where datname = current_database()";
        var before = new HashSet<>(jdbc.queryForList(sessions, Long.class));
        assertThat(before).isNotEmpty();
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        // Evicted connections close once returned; each poll evicts again until none of the first sessions is left.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    pool.softEvictConnections();
                    var left = new HashSet<>(jdbc.queryForList(sessions, Long.class));
                    left.retainAll(before);
                    assertThat(left)
                            .as("sessions of the pool's first connections still open")
                            .isEmpty();
                });
    }
}

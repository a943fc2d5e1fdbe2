package kr.gongyu;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application at the database this test run is for: the system property
 * {@code gongyu.test.database} says {@code h2} (an in-memory H2 of its own) or {@code postgresql} (a fresh
 * database created on the server named by the environment variable {@code GONGYU_TEST_PG_URL}, dropped when the
 * run ends). Both load the demo platform, so the same tests check the same data on either database.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PG_URL_VARIABLE = "GONGYU_TEST_PG_URL";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
    private static final Duration STALE = Duration.ofHours(6);

    private static @Nullable String url;

    public static String kind() {
        return System.getProperty("gongyu.test.database", "h2");
    }

    public static @Nullable String postgresServer() {
        var server = System.getenv(PG_URL_VARIABLE);
        return server == null || server.isBlank() ? null : server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestMail.start();
        var properties = new java.util.HashMap<String, Object>();
        // Every booking of the suite is mailed to a real SMTP server (GreenMail), retried quickly when it is down.
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(TestMail.port()));
        properties.put("gongyu.notification.interval", "PT1S");
        properties.put("gongyu.notification.first-retry", "PT1S");
        properties.put("gongyu.notification.max-attempts", "3");
        // And texted through a local server playing the 알림톡 provider, every kind of message with a template.
        properties.put("gongyu.notification.sms.base-url", TestSms.url());
        properties.put("gongyu.notification.sms.app-key", TestSms.APP_KEY);
        properties.put("gongyu.notification.sms.secret-key", TestSms.SECRET);
        properties.put("gongyu.notification.sms.sender-key", TestSms.SENDER_KEY);
        properties.put("gongyu.notification.sms.sender-number", TestSms.SENDER_NUMBER);
        properties.put("gongyu.notification.sms.timeout", TestSms.TIMEOUT.toString());
        for (var kind : kr.gongyu.notification.NotificationKind.values()) {
            properties.put("gongyu.notification.sms.templates." + kind.name(), "gongyu-" + kind.ordinal());
        }
        properties.put("gongyu.notification.sms.templates.VERIFICATION_CODE", "gongyu-code");
        // And paid through a local server playing Toss Payments' API (its sandbox is the default of development).
        // A test that names another provider (the sandbox of the pages' tests) keeps it.
        properties.put(
                "gongyu.payment.provider", context.getEnvironment().getProperty("gongyu.payment.provider", "TOSS"));
        properties.put("gongyu.payment.toss.base-url", TestToss.url());
        properties.put("gongyu.payment.toss.client-key", TestToss.CLIENT_KEY);
        properties.put("gongyu.payment.toss.secret-key", TestToss.SECRET_KEY);
        properties.put("gongyu.payment.toss.webhook-secret", TestToss.WEBHOOK_SECRET);
        properties.put("gongyu.payment.toss.timeout", TestToss.TIMEOUT.toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("gongyu-test-mail", properties));
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("gongyu-test-database", properties(url(), true)));
    }

    /**
     * The properties that point an application at the database with this URL, with or without the demo platform.
     */
    public static Map<String, Object> properties(String url, boolean demo) {
        return Map.of(
                "spring.datasource.url",
                url,
                "gongyu.demo",
                String.valueOf(demo),
                // Every integration run checks the entity mappings against the migrated schema.
                "spring.jpa.hibernate.ddl-auto",
                "validate",
                // A test sees the job end an expired hold within seconds.
                "gongyu.reservation.hold.sweep-interval",
                "PT1S",
                // The job that computes free days ahead of search does today alone: FreeTimeIT runs its work for a
                // date itself, and sixty days of the demo's 15,600 resources would take the tests' cores for minutes.
                "gongyu.search.free-days.ahead",
                "0",
                // Photos uploaded by the console's tests stay in the build's directory.
                "gongyu.photos.directory",
                "target/test-photos",
                // Each run indexes its own fresh database: the index lives in memory.
                "spring.jpa.properties.hibernate.search.backend.directory.type",
                "local-heap",
                // The tests are their own proxy: 127.0.0.1 forwards the addresses the tests give their clients
                // (ThrottlingIT reaches the server from 127.0.0.2, which is no proxy).
                "server.tomcat.remoteip.internal-proxies",
                "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
    }

    /**
     * A new, empty database of this run's kind for one test alone (the shared one is {@link #initialize}'s): an
     * in-memory H2 of its own name, or a PostgreSQL database dropped when the run ends.
     */
    public static String freshUrl(String purpose) {
        return switch (kind()) {
            case "h2" -> h2Url(purpose + "-" + System.nanoTime());
            case "postgresql" -> freshPostgresDatabase();
            default -> throw new IllegalStateException("Unknown gongyu.test.database: " + kind());
        };
    }

    private static String h2Url(String name) {
        return "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }

    private static synchronized String url() {
        if (url == null) {
            url = switch (kind()) {
                case "h2" -> h2Url("gongyu-test");
                default -> freshUrl("gongyu-test");
            };
        }
        return url;
    }

    /** Creates a database of this run's own, drops ones left behind by runs that were killed, and drops it at exit. */
    private static String freshPostgresDatabase() {
        var server = postgresServer();
        if (server == null) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set");
        }
        var matcher = DATABASE_IN_URL.matcher(server);
        if (!matcher.matches()) {
            throw new IllegalStateException(
                    PG_URL_VARIABLE + " must look like jdbc:postgresql://host:port/database?user=...: " + server);
        }
        var now = Instant.now();
        var name = "gongyu_test_%d_%04d"
                .formatted(now.getEpochSecond(), ThreadLocalRandom.current().nextInt(10_000));
        try (var connection = DriverManager.getConnection(server);
                var statement = connection.createStatement()) {
            var stale = new ArrayList<String>();
            try (var rows =
                    statement.executeQuery("select datname from pg_database where datname like 'gongyu\\_test\\_%'")) {
                while (rows.next()) {
                    var existing = rows.getString(1);
                    var created = Long.parseLong(existing.split("_")[2]);
                    if (Instant.ofEpochSecond(created).isBefore(now.minus(STALE))) {
                        stale.add(existing);
                    }
                }
            }
            for (var old : stale) {
                statement.execute("drop database if exists " + old + " with (force)");
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        return matcher.group(1) + name + matcher.group(3);
    }

    private static void drop(String server, String name) {
        try (var connection = DriverManager.getConnection(server);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}

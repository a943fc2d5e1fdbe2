package kr.gongyu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.sql.DataSource;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.Seoul;
import kr.gongyu.demo.DemoData.ResourceRow;
import kr.gongyu.demo.DemoDataGenerator.NamedBody;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo platform into an empty database at start-up, before the application reports itself ready.
 *
 * <p>{@code gongyu.demo.resources} (default 15,600) sets the catalogue's size, for benchmarks at national
 * scale and beyond. {@code gongyu.demo} (environment {@code GONGYU_DEMO}) decides; when it is unset, demo data is loaded on the
 * embedded H2 database and never on any other, so a production PostgreSQL gets demo accounts only on request.
 * Rows go in as JDBC batches: the 15,600 resources of the seed's scale take about a second.
 */
@Component
// Before every other start-up runner: those that read the catalogue (the search index's check) find it loaded.
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements InitializingBean, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The seed's scale: 15,600 resources. */
    static final int SEED_SCALE_RESOURCES = 15_600;

    /**
     * BCrypt (cost 10) of the demo password {@code gongyu-demo}, computed once: hashing it for each of 2,000
     * accounts would add minutes to the first start.
     */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$bhtl4bUcOOHkX7NPes8PIOZAtpxaxndHo5AL0pEoaJjd9MnKvbd6G";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Regions regions;
    private final Environment environment;
    private final DataSource dataSource;
    private final Clock clock;
    private final JsonMapper json;
    private CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);

    DemoDataLoader(
            JdbcTemplate jdbc,
            JdbcClient client,
            Regions regions,
            Environment environment,
            DataSource dataSource,
            Clock clock,
            JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.client = client;
        this.regions = regions;
        this.environment = environment;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Starts loading as soon as the schema is migrated, on a thread of its own, so that the rows go in while
     * the rest of the application (JPA, the web server) starts.
     */
    @Override
    public void afterPropertiesSet() {
        if (enabled()) {
            loading = CompletableFuture.runAsync(this::loadIntoEmptyDatabase, Thread::startVirtualThread);
        }
    }

    /** Holds the application back from reporting itself ready until the demo platform is in. */
    @Override
    public void run(ApplicationArguments arguments) {
        loading.join();
        warnIfDemoAccountsExist();
    }

    private void loadIntoEmptyDatabase() {
        var empty =
                client.sql("select count(*) from institution").query(Long.class).single() == 0;
        if (!empty) {
            return;
        }
        var started = System.nanoTime();
        var data = new DemoDataGenerator(
                        regions.all(),
                        bodies("demo/central-institutions.tsv"),
                        bodies("demo/public-institutions.tsv"),
                        environment.getProperty("gongyu.demo.resources", Integer.class, SEED_SCALE_RESOURCES),
                        LocalDate.now(clock.withZone(Seoul.ZONE)))
                .generate();
        // Its own transaction manager: the JPA one is still starting while this runs.
        new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> write(data));
        log.info(
                "Loaded the demo platform: {} institutions, {} sites, {} resources, {} accounts in {} ms",
                data.institutions().size(),
                data.sites().size(),
                data.resources().size(),
                data.accounts().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private boolean enabled() {
        var configured = environment.getProperty("gongyu.demo", Boolean.class);
        return configured != null ? configured : isEmbeddedH2();
    }

    private boolean isEmbeddedH2() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private void warnIfDemoAccountsExist() {
        var demoAccounts = client.sql("select count(*) from account where password_hash = :hash")
                .param("hash", DEMO_PASSWORD_HASH)
                .query(Long.class)
                .single();
        if (demoAccounts > 0) {
            log.warn("""

                    *****************************************************************************
                    *  {} DEMO ACCOUNTS EXIST, all with the public password 'gongyu-demo'.
                    *  Never run a public service with them: start on an empty database with
                    *  GONGYU_DEMO=false, or remove them.
                    *****************************************************************************""", demoAccounts);
        }
    }

    private List<NamedBody> bodies(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(columns -> new NamedBody(columns[0], new RegionCode(columns[2])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private void write(DemoData data) {
        insert(
                "institution",
                "id, code, name, kind, region_code, phone",
                data.institutions(),
                row -> List.of(row.id(), row.code(), row.name(), row.kind().name(), row.regionCode(), row.phone()));
        insert(
                "sharing_agreement",
                "id, local_government_id, partner_id, starts_on, ends_on, terms",
                data.agreements(),
                row -> List.of(
                        row.id(), row.localGovernmentId(), row.partnerId(), row.startsOn(), row.endsOn(), row.terms()));
        insert(
                "organization",
                "id, name, type, region_code",
                data.organizations(),
                row -> List.of(row.id(), row.name(), row.type(), row.regionCode()));
        var now = OffsetDateTime.now(clock);
        insert(
                "account",
                "id, username, password_hash, display_name, phone, role, institution_id, organization_id,"
                        + " residence_region_code, created_at, email, email_verified,"
                        + " phone_verified",
                data.accounts(),
                row -> Arrays.asList(
                        row.id(),
                        row.username(),
                        DEMO_PASSWORD_HASH,
                        row.displayName(),
                        row.phone(),
                        row.role(),
                        row.institutionId(),
                        row.organizationId(),
                        row.residenceRegionCode(),
                        now,
                        // A reserved domain (RFC 2606 family): a demo pointed at any SMTP server shows every message.
                        row.username() + "@gongyu.example",
                        true,
                        // Numbers no carrier issues (010-0xxx), verified: a demo pointed at a provider's sandbox
                        // shows every text message, and one pointed at a real provider reaches nobody.
                        true));
        insert(
                "site",
                "id, institution_id, name, address, region_code, lat, lng",
                data.sites(),
                row -> List.of(
                        row.id(),
                        row.institutionId(),
                        row.name(),
                        row.address(),
                        row.regionCode(),
                        row.lat(),
                        row.lng()));
        insert(
                "sharing_agreement_site",
                "agreement_id, site_id",
                data.agreementSites(),
                row -> List.of(row.agreementId(), row.siteId()));
        insert(
                "resource",
                "id, site_id, institution_id, name, category, kind, capacity, quantity, area_m2, description, rules,"
                        + " contact_phone, free, fee_amount, fee_unit, confirmation, eligibility,"
                        + " eligible_region_code, published",
                data.resources(),
                row -> Arrays.asList(
                        row.id(),
                        row.siteId(),
                        row.institutionId(),
                        row.name(),
                        row.category().name(),
                        row.kind().name(),
                        row.capacity(),
                        row.quantity(),
                        row.areaM2(),
                        row.description(),
                        row.rules(),
                        row.contactPhone(),
                        row.free(),
                        row.feeAmount(),
                        row.feeUnit() == null ? null : row.feeUnit().name(),
                        row.confirmation().name(),
                        row.eligibility().name(),
                        row.eligibleRegionCode(),
                        true));
        insert(
                "resource_amenity",
                "resource_id, amenity",
                children(data.resources(), ResourceRow::amenities),
                pair -> pair);
        insert(
                "resource_accessibility",
                "resource_id, feature",
                children(data.resources(), ResourceRow::accessibility),
                pair -> pair);
        insert(
                "resource_eligible_organization",
                "resource_id, organization_id",
                children(data.resources(), ResourceRow::eligibleOrganizationIds),
                pair -> pair);
        insert(
                "opening_rules",
                "resource_id, spec",
                data.resources(),
                row -> List.of(row.id(), json.writeValueAsString(row.openingRules())));
        insert(
                "volunteer_shift",
                "resource_id, starts_at, ends_at, volunteer_name",
                data.volunteerShifts(),
                row -> List.of(
                        row.resourceId(),
                        row.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                        row.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                        row.volunteerName()));
        insert(
                "volunteer_need",
                "resource_id, starts_at, ends_at, needed",
                data.volunteerNeeds(),
                row -> List.of(
                        row.resourceId(),
                        row.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                        row.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                        row.needed()));
        // The rows carry their own ids; later inserts must continue after them.
        for (var table : List.of(
                "institution", "sharing_agreement", "organization", "account", "site", "resource", "volunteer_shift")) {
            var next = client.sql("select coalesce(max(id), 0) + 1 from " + table)
                    .query(Long.class)
                    .single();
            jdbc.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    /** (resource id, value) pairs of a resource's collection, for its child table. */
    private static List<List<Object>> children(
            List<ResourceRow> resources, Function<ResourceRow, Collection<?>> values) {
        return resources.stream()
                .flatMap(r -> values.apply(r).stream()
                        .map(v -> List.<Object>of(r.id(), v instanceof Enum<?> e ? e.name() : v)))
                .toList();
    }

    private <T> void insert(String table, String columns, List<T> rows, Function<T, List<?>> values) {
        MultiRowInsert.insert(
                jdbc,
                table,
                columns,
                rows.stream().map(row -> values.apply(row).toArray()).toList());
    }
}

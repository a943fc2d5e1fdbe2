package kr.gongyu.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.catalog.ResourceSummaryView.InstitutionView;
import kr.gongyu.catalog.internal.Resource;
import kr.gongyu.catalog.internal.ResourceStore;
import kr.gongyu.catalog.internal.SiteStore;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Institutions;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published catalogue: one resource in full or in summary, the summaries page by page for the
 * search module, which answers every browse and search of the catalogue from its index, and a resource's terms
 * for booking, locked.
 */
@Service
public class ResourceDirectory {

    private static final String BOOKABLE_COLUMNS =
            "id, site_id, kind, capacity, quantity, confirmation, eligibility, eligible_region_code, fee_amount, fee_unit,"
                    + " fee_night_percent, fee_weekend_percent, fee_holiday_percent, fee_deposit";

    private static final String FROM = """
            from resource r
            join site s on s.id = r.site_id
            join institution i on i.id = r.institution_id
            """;

    private static final String SUMMARY_COLUMNS = """
            select r.id, r.name, r.category, r.kind, r.capacity, r.quantity, r.free, r.confirmation,
                   i.id as institution_id, i.name as institution_name, i.kind as institution_kind,
                   s.id as site_id, s.name as site_name, s.address, s.region_code, s.lat, s.lng
            """;

    private final JdbcClient jdbc;
    private final ResourceStore resources;
    private final SiteStore sites;
    private final Institutions institutions;

    ResourceDirectory(JdbcClient jdbc, ResourceStore resources, SiteStore sites, Institutions institutions) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.sites = sites;
        this.institutions = institutions;
    }

    /**
     * Published resources with ids above {@code afterId}, by id, at most {@code limit}: for a module that keeps a
     * copy of the catalogue (search), one page at a time.
     */
    @Transactional(readOnly = true)
    public List<ResourceSummaryView> publishedAfter(long afterId, int limit) {
        return jdbc.sql(SUMMARY_COLUMNS + FROM
                        + " where r.published = true and r.id > :after order by r.id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(ResourceDirectory::summary)
                .list();
    }

    /** The summaries of those of the resources that are published. */
    @Transactional(readOnly = true)
    public List<ResourceSummaryView> summaries(Collection<ResourceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY_COLUMNS + FROM + " where r.published = true and r.id in (:ids)")
                .param("ids", ids.stream().map(ResourceId::value).toList())
                .query(ResourceDirectory::summary)
                .list();
    }

    /** The amenities of each of the resources that has any, in 가나다 order: what search also finds them by. */
    @Transactional(readOnly = true)
    public Map<ResourceId, List<String>> amenities(Collection<ResourceId> ids) {
        var amenities = new HashMap<ResourceId, List<String>>();
        if (ids.isEmpty()) {
            return amenities;
        }
        jdbc.sql(
                        "select a.resource_id, a.amenity from unnest(:ids) as ids(id) join resource_amenity a on a.resource_id = ids.id order by a.amenity")
                .param("ids", ids.stream().map(ResourceId::value).toArray(Long[]::new))
                .query(rs -> {
                    amenities
                            .computeIfAbsent(new ResourceId(rs.getLong("resource_id")), id -> new ArrayList<>())
                            .add(rs.getString("amenity"));
                });
        return amenities;
    }

    /** The summary of the resource if it is published. */
    @Transactional(readOnly = true)
    public Optional<ResourceSummaryView> summary(ResourceId id) {
        return jdbc.sql(SUMMARY_COLUMNS + FROM + " where r.published = true and r.id = :id")
                .param("id", id.value())
                .query(ResourceDirectory::summary)
                .optional();
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return jdbc.sql("select count(*) from resource where published = true")
                .query(Long.class)
                .single();
    }

    /** The published resource with this id, in full. */
    @Transactional(readOnly = true)
    public Optional<ResourceDetailsView> details(ResourceId id) {
        return resources.findById(id.value()).filter(Resource::isPublished).map(this::details);
    }

    private ResourceDetailsView details(Resource resource) {
        var site = sites.findById(resource.site().value()).orElseThrow();
        var institution = institutions.find(resource.institution()).orElseThrow();
        var summary = new ResourceSummaryView(
                resource.id(),
                resource.name(),
                resource.category(),
                resource.kind(),
                resource.capacity(),
                resource.quantity(),
                resource.isFree(),
                resource.confirmation(),
                new InstitutionView(institution.id(), institution.name(), institution.kind()),
                site.view());
        return new ResourceDetailsView(
                summary,
                resource.description(),
                resource.rules(),
                resource.areaM2(),
                resource.contactPhone(),
                resource.fee(),
                resource.eligibility(),
                resource.eligibleRegion(),
                resource.eligibleOrganizations(),
                resource.amenities(),
                resource.accessibility(),
                resource.photos());
    }

    /**
     * The published resource's terms for booking, its row locked until the transaction ends: bookings of one
     * resource are decided one at a time, each after those committed before it. One plain statement, as the
     * booking path runs it for every request (the entity costs about a third of a booking's work in the server).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BookableResourceView> lockBookable(ResourceId id) {
        return bookable(id, "published = true for update");
    }

    /** The published resource's terms for booking, unlocked. */
    @Transactional(readOnly = true)
    public Optional<BookableResourceView> bookable(ResourceId id) {
        return bookable(id, "published = true");
    }

    /**
     * The booking terms of those of the resources that are published, unlocked: what availability is computed from
     * for many resources at once (search's availability filter), read in one statement.
     */
    @Transactional(readOnly = true)
    public List<BookableResourceView> bookable(Collection<ResourceId> ids) {
        return jdbc.sql("select " + BOOKABLE_COLUMNS
                        + " from unnest(:ids) as wanted(resource_id) join resource on resource.id = wanted.resource_id"
                        + " where published = true")
                .param("ids", ids.stream().map(ResourceId::value).distinct().toArray(Long[]::new))
                .query(ResourceDirectory::bookable)
                .list();
    }

    /**
     * The bookable terms in a row that names them as this directory's statements do ({@code id}, {@code site_id},
     * {@code kind}, … {@code fee_deposit}): for the reservation module's statement that locks the resource and reads
     * its terms with the booking's facts on PostgreSQL (its function {@code booking_facts}).
     */
    public static BookableResourceView bookable(ResultSet rs, int row) throws SQLException {
        return new BookableResourceView(
                new ResourceId(rs.getLong("id")),
                new SiteId(rs.getLong("site_id")),
                ResourceKind.valueOf(rs.getString("kind")),
                rs.getInt("capacity"),
                rs.getInt("quantity"),
                Confirmation.valueOf(rs.getString("confirmation")),
                EligibilityType.valueOf(rs.getString("eligibility")),
                region(rs.getString("eligible_region_code")),
                fee(rs));
    }

    /**
     * The booking terms of the resource, published or hidden, unlocked: for what a booking already made is held to
     * (completing a hold, approving, the standing a resource page shows).
     */
    @Transactional(readOnly = true)
    public Optional<BookableResourceView> terms(ResourceId id) {
        return bookable(id, "true");
    }

    /** The booking terms of the resource if its row meets the condition (which may end in a lock clause). */
    private Optional<BookableResourceView> bookable(ResourceId id, String condition) {
        return jdbc.sql("select " + BOOKABLE_COLUMNS + " from resource where id = :id and " + condition)
                .param("id", id.value())
                .query(ResourceDirectory::bookable)
                .optional();
    }

    /** The institution that owns the resource, published or hidden. */
    @Transactional(readOnly = true)
    public Optional<InstitutionId> owner(ResourceId id) {
        return jdbc.sql("select institution_id from resource where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new InstitutionId(rs.getLong(1)))
                .optional();
    }

    /** Whether the resource lists the organisation among those that may book it ({@code ORGANIZATIONS}). */
    @Transactional(readOnly = true)
    public boolean lists(ResourceId id, long organization) {
        return jdbc.sql("select count(*) from resource_eligible_organization"
                                + " where resource_id = :id and organization_id = :organization")
                        .param("id", id.value())
                        .param("organization", organization)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The resources, published or hidden, at any of the sites. */
    @Transactional(readOnly = true)
    public List<ResourceId> atSites(Collection<Long> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from resource where site_id in (:sites)")
                .param("sites", sites)
                .query((rs, row) -> new ResourceId(rs.getLong(1)))
                .list();
    }

    /** Those of the resources that exist, published or hidden, as lines of a list. */
    @Transactional(readOnly = true)
    public List<ResourceEntryView> entries(Collection<ResourceId> ids) {
        return resources
                .findAllById(ids.stream().map(ResourceId::value).distinct().toList())
                .stream()
                .map(Resource::entry)
                .toList();
    }

    /** The fee as {@link Resource#fee()} makes it from the same columns. */
    private static @Nullable Fee fee(ResultSet rs) throws SQLException {
        var amount = rs.getObject("fee_amount", Long.class);
        var unit = rs.getString("fee_unit");
        return amount == null || unit == null
                ? null
                : new Fee(
                        amount,
                        FeeUnit.valueOf(unit),
                        rs.getInt("fee_night_percent"),
                        rs.getInt("fee_weekend_percent"),
                        rs.getInt("fee_holiday_percent"),
                        rs.getLong("fee_deposit"));
    }

    private static @Nullable RegionCode region(@Nullable String code) {
        return code == null ? null : new RegionCode(code);
    }

    private static ResourceSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new ResourceSummaryView(
                new ResourceId(rs.getLong("id")),
                rs.getString("name"),
                Category.valueOf(rs.getString("category")),
                ResourceKind.valueOf(rs.getString("kind")),
                rs.getInt("capacity"),
                rs.getInt("quantity"),
                rs.getBoolean("free"),
                Confirmation.valueOf(rs.getString("confirmation")),
                new InstitutionView(
                        new InstitutionId(rs.getLong("institution_id")),
                        rs.getString("institution_name"),
                        InstitutionKind.valueOf(rs.getString("institution_kind"))),
                new SiteView(
                        new SiteId(rs.getLong("site_id")),
                        rs.getString("site_name"),
                        rs.getString("address"),
                        new RegionCode(rs.getString("region_code")),
                        rs.getDouble("lat"),
                        rs.getDouble("lng")));
    }
}

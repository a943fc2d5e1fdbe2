package kr.gongyu.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kr.gongyu.LikePattern;
import kr.gongyu.catalog.ResourceSummaryView.InstitutionView;
import kr.gongyu.catalog.ResourceSummaryView.SiteView;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Institutions;
import kr.gongyu.institution.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published catalogue: a filtered, paged list with facet counts, and one resource in full.
 *
 * <p>The list is plain SQL over the catalogue tables, which is ample at the seed's 15,600 resources. Full-text
 * relevance, distance and the availability filter belong to the search module and its index.
 */
@Service
public class ResourceDirectory {

    private static final String FROM = """
            from resource r
            join site s on s.id = r.site_id
            join institution i on i.id = r.institution_id
            """;

    private final JdbcClient jdbc;
    private final Resources resources;
    private final Sites sites;
    private final Institutions institutions;

    ResourceDirectory(JdbcClient jdbc, Resources resources, Sites sites, Institutions institutions) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.sites = sites;
        this.institutions = institutions;
    }

    /** The page-th page (from 0) of {@code size} published resources matching the filter, by name. */
    @Transactional(readOnly = true)
    public ResourcePage find(ResourceFilter filter, int page, int size) {
        var where = Where.of(filter);
        var items = jdbc.sql("""
                        select r.id, r.name, r.category, r.kind, r.capacity, r.quantity, r.free, r.confirmation,
                               i.id as institution_id, i.name as institution_name, i.kind as institution_kind,
                               s.id as site_id, s.name as site_name, s.address, s.region_code, s.lat, s.lng
                        """ + FROM + where.sql() + """
                        order by r.name, r.id
                        limit :limit offset :offset
                        """)
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ResourceDirectory::summary)
                .list();
        var total = jdbc.sql("select count(*) " + FROM + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        return new ResourcePage(items, total, facets(where));
    }

    /** The published resource with this id, in full. */
    @Transactional(readOnly = true)
    public Optional<ResourceDetailsView> details(ResourceId id) {
        return resources.findById(id.value()).filter(Resource::isPublished).map(this::details);
    }

    private ResourceDetailsView details(Resource resource) {
        var site = sites.findById(resource.site().value()).orElseThrow();
        var institution = institutions.findById(resource.institution().value()).orElseThrow();
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
                new SiteView(site.id(), site.name(), site.address(), site.region(), site.lat(), site.lng()));
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

    private ResourceFacets facets(Where where) {
        var byRegion = count("s.region_code", where, RegionCode::new);
        var byProvince = new HashMap<RegionCode, Long>();
        byRegion.forEach((region, count) -> byProvince.merge(region.province(), count, Long::sum));
        return new ResourceFacets(
                count("r.category", where, Category::valueOf),
                byProvince,
                count("i.kind", where, InstitutionKind::valueOf));
    }

    private <K> Map<K, Long> count(String column, Where where, Function<String, K> key) {
        var counts = new LinkedHashMap<K, Long>();
        jdbc.sql("select " + column + " as facet, count(*) as n " + FROM + where.sql() + " group by " + column)
                .params(where.params())
                .query(rs -> {
                    counts.put(key.apply(rs.getString("facet")), rs.getLong("n"));
                });
        return counts;
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

    /** The where clause of a filter, with its named parameters; only the filter's values are bound, never inlined. */
    private record Where(String sql, Map<String, Object> params) {

        private static final int MAX_WORDS = 8;

        static Where of(ResourceFilter filter) {
            var conditions = new ArrayList<String>(List.of("r.published = true"));
            var params = new HashMap<String, Object>();
            if (filter.text() != null) {
                // A query of any length stays one bounded statement: the first few words decide.
                var words = Arrays.stream(
                                filter.text().toLowerCase(Locale.ROOT).trim().split("\\s+"))
                        .filter(word -> !word.isEmpty())
                        .limit(MAX_WORDS)
                        .toList();
                for (int n = 0; n < words.size(); n++) {
                    var word = ":word" + n;
                    conditions.add(("(lower(r.name) like %1$s escape '\\' or lower(s.name) like %1$s escape '\\'"
                                    + " or lower(i.name) like %1$s escape '\\')")
                            .formatted(word));
                    params.put("word" + n, LikePattern.containing(words.get(n)));
                }
            }
            if (filter.regionPrefix() != null) {
                conditions.add("s.region_code like :region");
                params.put("region", filter.regionPrefix() + "%");
            }
            if (!filter.categories().isEmpty()) {
                conditions.add("r.category in (:categories)");
                params.put(
                        "categories",
                        filter.categories().stream().map(Enum::name).toList());
            }
            if (filter.kind() != null) {
                conditions.add("r.kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.institutionKind() != null) {
                conditions.add("i.kind = :institutionKind");
                params.put("institutionKind", filter.institutionKind().name());
            }
            if (filter.institution() != null) {
                conditions.add("r.institution_id = :institution");
                params.put("institution", filter.institution().value());
            }
            if (filter.minCapacity() != null) {
                conditions.add("r.capacity >= :minCapacity");
                params.put("minCapacity", filter.minCapacity());
            }
            if (filter.free() != null) {
                conditions.add("r.free = :free");
                params.put("free", filter.free());
            }
            if (filter.confirmation() != null) {
                conditions.add("r.confirmation = :confirmation");
                params.put("confirmation", filter.confirmation().name());
            }
            return new Where(" where " + String.join(" and ", conditions) + " ", params);
        }
    }
}

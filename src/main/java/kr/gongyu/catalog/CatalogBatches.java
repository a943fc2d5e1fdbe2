package kr.gongyu.catalog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.gongyu.MultiRowInsert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many sites and resources at once, as JDBC batches in the caller's transaction: the import of the national
 * standard format writes thousands, which one JPA transaction and one search refresh per resource would take
 * minutes to. Each batch of resources ends with one {@link ResourcesImported} event. Revisions touch only rows of
 * the institution named in their draft, whatever id they are given.
 */
@Service
public class CatalogBatches {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CatalogBatches(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates the sites; their ids, in the order of the drafts. */
    @Transactional
    public List<SiteId> createSites(List<SiteDraft> drafts) {
        return insert(
                "insert into site (institution_id, name, address, region_code, lat, lng) values (?, ?, ?, ?, ?, ?)",
                drafts,
                CatalogBatches::setSite,
                SiteId::new);
    }

    /** Revises the sites: name, address, region and location. */
    @Transactional
    public void reviseSites(Map<SiteId, SiteDraft> drafts) {
        var entries = List.copyOf(drafts.entrySet());
        batch(
                "update site set name = ?, address = ?, region_code = ?, lat = ?, lng = ?, version = version + 1"
                        + " where id = ? and institution_id = ?",
                entries,
                (statement, entry) -> {
                    var draft = entry.getValue();
                    statement.setString(1, draft.name());
                    statement.setString(2, draft.address());
                    statement.setString(3, draft.region().value());
                    statement.setDouble(4, draft.lat());
                    statement.setDouble(5, draft.lng());
                    statement.setLong(6, entry.getKey().value());
                    statement.setLong(7, draft.institution().value());
                });
    }

    /**
     * Creates the resources, published, needing staff approval and open to everyone; their ids in the order of the
     * facts. The sites must be the institutions' own: the caller created or found them for it.
     */
    @Transactional
    public List<ResourceId> createResources(List<ResourceFacts> facts) {
        var ids = insert(
                "insert into resource (site_id, institution_id, name, category, kind, capacity, quantity, area_m2,"
                        + " description, contact_phone, free, fee_amount, fee_unit, confirmation, eligibility,"
                        + " published) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVAL', 'EVERYONE', true)",
                facts,
                (statement, fact) -> {
                    statement.setLong(1, fact.site().value());
                    statement.setLong(2, fact.institution().value());
                    setFacts(statement, fact, 3);
                },
                ResourceId::new);
        var amenities = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            for (var amenity : facts.get(i).amenities()) {
                amenities.add(new Object[] {ids.get(i).value(), amenity});
            }
        }
        MultiRowInsert.insert(jdbc, "resource_amenity", "resource_id, amenity", amenities);
        events.publishEvent(new ResourcesImported(new HashSet<>(ids)));
        return ids;
    }

    /** Revises what the facts say about each resource, and leaves the rest as staff set it. */
    @Transactional
    public void reviseResources(Map<ResourceId, ResourceFacts> facts) {
        var entries = List.copyOf(facts.entrySet());
        batch(
                "update resource set name = ?, category = ?, kind = ?, capacity = ?, quantity = ?, area_m2 = ?,"
                        + " description = ?, contact_phone = ?, free = ?, fee_amount = ?, fee_unit = ?,"
                        + " site_id = ?, version = version + 1 where id = ? and institution_id = ?",
                entries,
                (statement, entry) -> {
                    var fact = entry.getValue();
                    setFacts(statement, fact, 1);
                    statement.setLong(12, fact.site().value());
                    statement.setLong(13, entry.getKey().value());
                    statement.setLong(14, fact.institution().value());
                });
        batch(
                "delete from resource_amenity where resource_id = ?",
                entries,
                (statement, entry) -> statement.setLong(1, entry.getKey().value()));
        var amenities = new ArrayList<Object[]>();
        for (var entry : entries) {
            for (var amenity : entry.getValue().amenities()) {
                amenities.add(new Object[] {entry.getKey().value(), amenity});
            }
        }
        MultiRowInsert.insert(jdbc, "resource_amenity", "resource_id, amenity", amenities);
        events.publishEvent(new ResourcesImported(facts.keySet()));
    }

    private static void setSite(PreparedStatement statement, SiteDraft draft) throws SQLException {
        statement.setLong(1, draft.institution().value());
        statement.setString(2, draft.name());
        statement.setString(3, draft.address());
        statement.setString(4, draft.region().value());
        statement.setDouble(5, draft.lat());
        statement.setDouble(6, draft.lng());
    }

    /** The eleven columns from name to fee_unit, from parameter {@code from} on. */
    private static void setFacts(PreparedStatement statement, ResourceFacts fact, int from) throws SQLException {
        statement.setString(from, fact.name());
        statement.setString(from + 1, fact.category().name());
        statement.setString(from + 2, fact.kind().name());
        statement.setInt(from + 3, fact.capacity());
        statement.setInt(from + 4, fact.quantity());
        if (fact.areaM2() == null) {
            statement.setNull(from + 5, Types.DOUBLE);
        } else {
            statement.setDouble(from + 5, fact.areaM2());
        }
        statement.setString(from + 6, fact.description());
        statement.setString(from + 7, fact.contactPhone());
        statement.setBoolean(from + 8, fact.free());
        if (fact.fee() == null) {
            statement.setNull(from + 9, Types.BIGINT);
            statement.setNull(from + 10, Types.VARCHAR);
        } else {
            statement.setLong(from + 9, fact.fee().amount());
            statement.setString(from + 10, fact.fee().per().name());
        }
    }

    @FunctionalInterface
    private interface Setter<T> {
        void set(PreparedStatement statement, T item) throws SQLException;
    }

    private <T> void batch(String sql, List<T> items, Setter<T> setter) {
        jdbc.batchUpdate(sql, each(items, setter));
    }

    private static <T> BatchPreparedStatementSetter each(List<T> items, Setter<T> setter) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                setter.set(statement, items.get(i));
            }

            @Override
            public int getBatchSize() {
                return items.size();
            }
        };
    }

    private <T, I> List<I> insert(String sql, List<T> items, Setter<T> setter, Function<Long, I> id) {
        if (items.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement(sql, new String[] {"id"}), each(items, setter), keys);
        var generated = keys.getKeyList();
        if (generated.size() != items.size()) {
            throw new IllegalStateException("Expected " + items.size() + " generated ids, got " + generated.size());
        }
        return generated.stream()
                .map(row -> id.apply(((Number) row.values().iterator().next()).longValue()))
                .toList();
    }
}

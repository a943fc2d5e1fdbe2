package kr.gongyu.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations that book on behalf of their members (kindergartens, schools, clubs). */
@Service
public class Organizations {

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether every id names an organisation. */
    @Transactional(readOnly = true)
    public boolean allExist(Collection<Long> ids) {
        var distinct = new HashSet<>(ids);
        if (distinct.isEmpty()) {
            return true;
        }
        var found = jdbc.sql("select count(*) from organization where id in (:ids)")
                .param("ids", distinct)
                .query(Long.class)
                .single();
        return found == distinct.size();
    }

    /** The type of the organisation with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<OrganizationType> typeOf(long id) {
        return jdbc.sql("select type from organization where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(OrganizationType::valueOf);
    }

    /** An organisation as staff pick it for a resource's eligibility list. */
    public record OrganizationView(long id, String name, OrganizationType type, String regionCode) {}

    /** The organisations whose name contains the text, by name, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<OrganizationView> named(String text, int limit) {
        return jdbc.sql("""
                        select id, name, type, region_code from organization
                        where lower(name) like lower(:pattern) escape '\\'
                        order by name, id
                        fetch first :limit rows only""")
                .param("pattern", LikePattern.containing(text.strip()))
                .param("limit", limit)
                .query((rs, row) -> new OrganizationView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")),
                        rs.getString("region_code")))
                .list();
    }

    /** The names of those of the organisations that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        jdbc.sql("select id, name from organization where id in (:ids)")
                .param("ids", new HashSet<>(ids))
                .query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
                .list();
        return names;
    }
}

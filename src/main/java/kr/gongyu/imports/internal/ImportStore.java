package kr.gongyu.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.imports.ImportId;
import kr.gongyu.imports.ImportStatus;
import kr.gongyu.imports.ImportView;
import kr.gongyu.imports.ImportView.Problem;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of imports: each import with its counts and file, its problems, and the natural keys of what it made. */
@Repository
public class ImportStore {

    /** Keys in one {@code in (…)} list. */
    private static final int IN_LIST = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /** The import's file and whose it is, while its job has still to run. */
    public record Pending(ImportId id, @Nullable InstitutionId institution, byte[] content) {}

    public ImportId create(
            AccountId requestedBy,
            @Nullable InstitutionId institution,
            String fileName,
            String encoding,
            byte[] content,
            int total) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into catalog_import (institution_id, requested_by, file_name, encoding, status, total, created_at)
                        values (:institution, :account, :fileName, :encoding, 'RUNNING', :total, :now)
                        """)
                .param("institution", institution == null ? null : institution.value(), Types.BIGINT)
                .param("account", requestedBy.value())
                .param("fileName", fileName)
                .param("encoding", encoding)
                .param("total", total)
                .param("now", now())
                .update(keys, "id");
        var id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into catalog_import_file (import_id, content) values (:id, :content)")
                .param("id", id)
                .param("content", content)
                .update();
        return new ImportId(id);
    }

    public Optional<Pending> pending(ImportId id) {
        return jdbc.sql("""
                        select i.institution_id, f.content from catalog_import i
                        join catalog_import_file f on f.import_id = i.id
                        where i.id = :id and i.status = 'RUNNING'
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Pending(id, institution(rs), rs.getBytes("content")))
                .optional();
    }

    /** Starts (or starts again, after a node died running it) the report of an import from nothing. */
    public void restart(ImportId id, int total) {
        jdbc.sql("delete from catalog_import_problem where import_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("""
                        update catalog_import set total = :total, processed = 0, created = 0, updated = 0, rejected = 0
                        where id = :id
                        """).param("id", id.value()).param("total", total).update();
    }

    /** Records the problems, numbered on from those already recorded, and counts the rows they reject. */
    public void report(ImportId id, List<Problem> errors, List<Problem> warnings, int rejectedRows) {
        var next = jdbc.sql("select coalesce(max(position), 0) from catalog_import_problem where import_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
        var rows = new ArrayList<Object[]>();
        var all = new ArrayList<Map.Entry<Boolean, Problem>>();
        errors.forEach(problem -> all.add(Map.entry(true, problem)));
        warnings.forEach(problem -> all.add(Map.entry(false, problem)));
        for (var entry : all) {
            var problem = entry.getValue();
            var message = problem.message();
            rows.add(new Object[] {
                id.value(),
                ++next,
                entry.getKey(),
                problem.row(),
                problem.column(),
                message.length() > 1000 ? message.substring(0, 1000) : message
            });
        }
        batches.batchUpdate(
                "insert into catalog_import_problem (import_id, position, error, row_number, column_name, message)"
                        + " values (?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.sql("update catalog_import set rejected = rejected + :rows, processed = processed + :rows where id = :id")
                .param("id", id.value())
                .param("rows", rejectedRows)
                .update();
    }

    /** Counts rows that were written, as created or updated resources. */
    public void progress(ImportId id, int created, int updated) {
        jdbc.sql("""
                        update catalog_import set created = created + :created, updated = updated + :updated,
                            processed = processed + :created + :updated
                        where id = :id
                        """)
                .param("id", id.value())
                .param("created", created)
                .param("updated", updated)
                .update();
    }

    /** Ends the import, done or failed, and lets its file go. */
    public void finish(ImportId id, ImportStatus status, @Nullable String failure) {
        jdbc.sql("""
                        update catalog_import set status = :status, failure = :failure, finished_at = :now
                        where id = :id
                        """)
                .param("id", id.value())
                .param("status", status.name())
                .param("failure", failure, Types.VARCHAR)
                .param("now", now())
                .update();
        jdbc.sql("delete from catalog_import_file where import_id = :id")
                .param("id", id.value())
                .update();
    }

    /** Waits for the other imports' batches to commit, until this transaction ends. */
    public void lock() {
        jdbc.sql("select id from catalog_import_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /** The ids that keys of a table ({@code imported_site} or {@code imported_resource}) name. */
    public Map<String, Long> ids(String table, String idColumn, Collection<String> keys) {
        var ids = new HashMap<String, Long>();
        var all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            jdbc.sql("select natural_key, " + idColumn + " from " + table + " where natural_key in (:keys)")
                    .param("keys", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .query((rs, row) -> ids.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return ids;
    }

    /** Records the keys of newly made sites or resources: {natural_key, institution_id, id} rows. */
    public void remember(String table, String idColumn, List<Object[]> rows) {
        MultiRowInsert.insert(batches, table, "natural_key, institution_id, " + idColumn, rows);
    }

    /** Records what an import wrote: the resources it created and those it updated. */
    public void written(ImportId id, List<ResourceId> created, Collection<ResourceId> updated) {
        var rows = new ArrayList<Object[]>();
        created.forEach(resource -> rows.add(new Object[] {id.value(), resource.value(), true}));
        updated.forEach(resource -> rows.add(new Object[] {id.value(), resource.value(), false}));
        // An import restarted after a crash writes again what it wrote before: what it first did is what stays.
        batches.batchUpdate(
                """
                insert into catalog_import_resource (import_id, resource_id, created)
                select ?, ?, ? where not exists
                    (select 1 from catalog_import_resource where import_id = ? and resource_id = ?)
                """,
                rows.stream()
                        .map(row -> new Object[] {row[0], row[1], row[2], row[0], row[1]})
                        .toList());
    }

    /** The institution's imports (all of them for an operator, institution null), newest first, without problems. */
    public List<ImportView> recent(@Nullable InstitutionId scope, int limit) {
        return jdbc.sql("""
                        select id, institution_id, file_name, encoding, status, total, processed, created, updated,
                            rejected, failure, created_at, finished_at
                        from catalog_import
                        where (cast(:all as boolean) or institution_id = :institution)
                        order by created_at desc, id desc
                        fetch first :limit rows only
                        """)
                .param("all", scope == null)
                .param("institution", scope == null ? -1 : scope.value())
                .param("limit", limit)
                .query((rs, row) -> view(rs))
                .list();
    }

    /** The resources an import created, then those it updated, by name; at most {@code limit}. */
    public List<ImportView.Written> writtenBy(ImportId id, int limit) {
        return jdbc.sql("""
                        select w.resource_id, w.created, r.name from catalog_import_resource w
                        join resource r on r.id = w.resource_id
                        where w.import_id = :id
                        order by w.created desc, r.name, r.id
                        fetch first :limit rows only
                        """)
                .param("id", id.value())
                .param("limit", limit)
                .query((rs, row) -> new ImportView.Written(
                        new ResourceId(rs.getLong("resource_id")), rs.getString("name"), rs.getBoolean("created")))
                .list();
    }

    /** The import if it is the institution's (staff) or anyone's (an operator, institution null). */
    public Optional<ImportView> find(ImportId id, @Nullable InstitutionId scope) {
        var view = jdbc.sql("""
                        select id, institution_id, file_name, encoding, status, total, processed, created, updated,
                            rejected, failure, created_at, finished_at
                        from catalog_import where id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> view(rs))
                .optional()
                .filter(found -> scope == null || scope.equals(found.institution()));
        return view.map(found -> {
            var errors = new ArrayList<Problem>();
            var warnings = new ArrayList<Problem>();
            jdbc.sql("""
                            select error, row_number, column_name, message from catalog_import_problem
                            where import_id = :id order by position
                            """)
                    .param("id", id.value())
                    .query((rs, row) -> (rs.getBoolean("error") ? errors : warnings)
                            .add(new Problem(
                                    rs.getInt("row_number"), rs.getString("column_name"), rs.getString("message"))))
                    .list();
            return new ImportView(
                    found.id(),
                    found.institution(),
                    found.fileName(),
                    found.encoding(),
                    found.status(),
                    found.total(),
                    found.processed(),
                    found.created(),
                    found.updated(),
                    found.rejected(),
                    found.failure(),
                    found.createdAt(),
                    found.finishedAt(),
                    errors,
                    warnings);
        });
    }

    private static ImportView view(ResultSet rs) throws SQLException {
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportView(
                new ImportId(rs.getLong("id")),
                institution(rs),
                rs.getString("file_name"),
                rs.getString("encoding"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total"),
                rs.getInt("processed"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("rejected"),
                rs.getString("failure"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                List.of(),
                List.of());
    }

    private static @Nullable InstitutionId institution(ResultSet rs) throws SQLException {
        var institution = rs.getLong("institution_id");
        return rs.wasNull() ? null : new InstitutionId(institution);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

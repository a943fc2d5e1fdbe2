package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.CatalogBatches;
import kr.gongyu.catalog.ResourceFacts;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.SiteDraft;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.imports.ImportId;
import kr.gongyu.imports.ImportRefused;
import kr.gongyu.imports.ImportStatus;
import kr.gongyu.imports.ImportView.Problem;
import kr.gongyu.institution.Institutions;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.Regions;
import kr.gongyu.schedule.OpeningRulesSpec;
import kr.gongyu.schedule.ResourceSchedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job of one import. It maps every row first (in memory: the national file's 15,600 rows take well under a
 * second), records the rejected rows and the warnings, then writes the rows in batches of {@link #BATCH} natural
 * keys, each batch one transaction that also counts its rows, so that progress shows as it goes and the search
 * index takes each batch at its commit. A row repeated in the file is written once, with its last values.
 */
@Component
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    /**
     * Keys written per transaction. Each commit also refreshes the search index for its batch, and fewer, larger
     * batches cost less in all (2,000: the national file in eight), while progress still moves every second or so.
     */
    static final int BATCH = 2_000;

    private final ImportStore store;
    private final CatalogBatches catalog;
    private final ResourceSchedules schedules;
    private final Institutions institutions;
    private final RegionFinder regionFinder;
    private final Map<RegionCode, Region> regionsByCode;
    private final TransactionTemplate transactions;

    ImportRun(
            ImportStore store,
            CatalogBatches catalog,
            ResourceSchedules schedules,
            Institutions institutions,
            Regions regions,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.catalog = catalog;
        this.schedules = schedules;
        this.institutions = institutions;
        this.regionFinder = new RegionFinder(regions.all());
        this.regionsByCode = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs the import if it has still to run; a second call (a node died mid-way) starts it again from nothing. */
    public void run(ImportId id) {
        var pending = transactions.execute(status -> store.pending(id));
        if (pending == null || pending.isEmpty()) {
            return;
        }
        var started = System.nanoTime();
        try {
            var file = StandardFile.read(pending.get().content());
            var mapper = new RowMapper(
                    file.header(),
                    new ProviderMatcher(institutions.all(), pending.get().institution()),
                    regionFinder,
                    regionsByCode);
            var plan = plan(file, mapper);
            var planned = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                store.restart(id, file.rows().size());
                store.report(id, plan.errors, plan.warnings, plan.rejected);
            });
            var mapped = System.nanoTime();
            var keys = List.copyOf(plan.byKey.keySet());
            var sitesWritten = new HashSet<String>();
            var writing = new long[1];
            for (int from = 0; from < keys.size(); from += BATCH) {
                var batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
                transactions.executeWithoutResult(status -> {
                    var start = System.nanoTime();
                    write(id, plan, batch, sitesWritten);
                    writing[0] += System.nanoTime() - start;
                });
            }
            transactions.executeWithoutResult(status -> store.finish(id, ImportStatus.DONE, null));
            var ended = System.nanoTime();
            // The batches' commits run the search index's refresh: what is not writing is mostly indexing.
            log.info(
                    "Import {}: {} rows, {} resources written, {} rows rejected, in {} ms (reading and mapping {} ms,"
                            + " recording problems {} ms, writing {} ms, commits and search indexing {} ms)",
                    id,
                    file.rows().size(),
                    keys.size(),
                    plan.rejected,
                    (ended - started) / 1_000_000,
                    (planned - started) / 1_000_000,
                    (mapped - planned) / 1_000_000,
                    writing[0] / 1_000_000,
                    (ended - mapped - writing[0]) / 1_000_000);
        } catch (ImportRefused refused) {
            // Checked at upload already; only a file changed since (or a bug) gets here.
            transactions.executeWithoutResult(
                    status -> store.finish(id, ImportStatus.FAILED, "파일을 읽을 수 없습니다: " + refused.reason()));
        } catch (RuntimeException failure) {
            log.error("Import {} failed", id, failure);
            transactions.executeWithoutResult(status -> store.finish(
                    id, ImportStatus.FAILED, "가져오는 중 오류가 나서 멈췄습니다. 이미 가져온 행은 남아 있으며, 같은 파일을 다시 올리면 중복 없이 갱신됩니다."));
        }
    }

    /** Every row mapped: the accepted ones by natural key, in the order of their first row, and the problems. */
    private static final class Plan {
        final Map<String, List<MappedRow>> byKey = new LinkedHashMap<>();
        final Map<String, MappedRow> siteValues = new HashMap<>();
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        int rejected;
    }

    private static Plan plan(StandardFile file, RowMapper mapper) {
        var plan = new Plan();
        for (var ignored : file.header().ignored()) {
            plan.warnings.add(
                    new Problem(file.headerRow(), null, "표준에 없는 열이라 읽지 않았습니다: '" + BadCell.quote(ignored) + "'"));
        }
        // Rows map independently of each other: on every core, then taken in the file's order.
        var outcomes = file.rows().parallelStream().map(mapper::map).toList();
        for (var outcome : outcomes) {
            switch (outcome) {
                case RowMapper.Accepted accepted -> {
                    var mapped = accepted.mapped();
                    var same = plan.byKey.computeIfAbsent(mapped.resourceKey(), key -> new ArrayList<>());
                    if (!same.isEmpty()) {
                        plan.warnings.add(new Problem(
                                mapped.row(),
                                null,
                                same.getFirst().row() + "행과 같은 시설(기관·개방시설명·개방장소명·주소)이라 이 행의 값으로 갱신했습니다"));
                    }
                    same.add(mapped);
                    plan.siteValues.put(mapped.siteKey(), mapped);
                    plan.warnings.addAll(accepted.warnings());
                }
                case RowMapper.Rejected rejected -> {
                    plan.errors.addAll(rejected.errors());
                    plan.warnings.addAll(rejected.warnings());
                    plan.rejected++;
                }
            }
        }
        plan.warnings.sort(Comparator.comparingInt(Problem::row));
        return plan;
    }

    private void write(ImportId id, Plan plan, List<String> keys, Set<String> sitesWritten) {
        store.lock();
        var rows = keys.stream().map(key -> plan.byKey.get(key).getLast()).toList();
        var siteIds = sites(plan, rows, sitesWritten);
        var existing = store.ids("imported_resource", "resource_id", keys);
        var created = new ArrayList<MappedRow>();
        var revised = new LinkedHashMap<ResourceId, MappedRow>();
        for (var row : rows) {
            var known = existing.get(row.resourceKey());
            if (known == null) {
                created.add(row);
            } else {
                revised.put(new ResourceId(known), row);
            }
        }
        var createdIds = catalog.createResources(
                created.stream().map(row -> facts(row, siteIds)).toList());
        var remembered = new ArrayList<Object[]>();
        for (int i = 0; i < created.size(); i++) {
            remembered.add(new Object[] {
                created.get(i).resourceKey(),
                created.get(i).institution().value(),
                createdIds.get(i).value()
            });
        }
        store.remember("imported_resource", "resource_id", remembered);
        var revisedFacts = new LinkedHashMap<ResourceId, ResourceFacts>();
        revised.forEach((resource, row) -> revisedFacts.put(resource, facts(row, siteIds)));
        catalog.reviseResources(revisedFacts);
        store.written(id, createdIds, revised.keySet());

        var rules = new LinkedHashMap<ResourceId, OpeningRulesSpec>();
        for (int i = 0; i < created.size(); i++) {
            if (created.get(i).rules() != null) {
                rules.put(createdIds.get(i), created.get(i).rules());
            }
        }
        var revisedWithRules = revised.entrySet().stream()
                .filter(entry -> entry.getValue().rules() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var current = schedules.rulesOf(revisedWithRules.keySet());
        revisedWithRules.forEach((resource, row) -> {
            var before = current.get(resource);
            rules.put(resource, before == null ? row.rules() : RowMapper.merged(before, row.rules()));
        });
        schedules.setRules(rules);

        var createdRows = created.size();
        var allRows = keys.stream().mapToInt(key -> plan.byKey.get(key).size()).sum();
        store.progress(id, createdRows, allRows - createdRows);
    }

    /** The site of each row: made the first time the import meets its key, revised with its last values once per run. */
    private Map<String, SiteId> sites(Plan plan, Collection<MappedRow> rows, Set<String> sitesWritten) {
        var keys = rows.stream().map(MappedRow::siteKey).collect(Collectors.toCollection(LinkedHashSet::new));
        var found = store.ids("imported_site", "site_id", keys);
        var ids = new HashMap<String, SiteId>();
        found.forEach((key, site) -> ids.put(key, new SiteId(site)));
        var fresh = keys.stream().filter(key -> !found.containsKey(key)).toList();
        var created = catalog.createSites(
                fresh.stream().map(key -> site(plan.siteValues.get(key))).toList());
        var remembered = new ArrayList<Object[]>();
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i), created.get(i));
            remembered.add(new Object[] {
                fresh.get(i),
                plan.siteValues.get(fresh.get(i)).institution().value(),
                created.get(i).value()
            });
        }
        store.remember("imported_site", "site_id", remembered);
        var revised = new LinkedHashMap<SiteId, SiteDraft>();
        for (var key : keys) {
            if (found.containsKey(key) && !sitesWritten.contains(key)) {
                revised.put(ids.get(key), site(plan.siteValues.get(key)));
            }
        }
        catalog.reviseSites(revised);
        sitesWritten.addAll(keys);
        return ids;
    }

    private static SiteDraft site(MappedRow row) {
        return new SiteDraft(row.institution(), row.siteName(), row.address(), row.region(), row.lat(), row.lng());
    }

    private static ResourceFacts facts(MappedRow row, Map<String, SiteId> sites) {
        return new ResourceFacts(
                row.institution(),
                sites.get(row.siteKey()),
                row.resourceName(),
                row.category(),
                row.kind(),
                row.capacity(),
                row.quantity(),
                row.areaM2(),
                row.description(),
                row.contactPhone(),
                row.free(),
                row.fee(),
                row.amenities());
    }
}

package kr.gongyu.search.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code resource_search} table. One resource at a time goes through JPA, so that Hibernate Search indexes
 * it at commit; the whole catalogue goes in as JDBC batches, indexed afterwards by the mass indexer.
 */
@Repository
public class ReadModelStore {

    private static final int PAGE = 1_000;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ResourceDirectory directory;
    private final TransactionTemplate transactions;

    ReadModelStore(
            EntityManager entityManager,
            JdbcTemplate jdbc,
            ResourceDirectory directory,
            PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * The resource as the catalogue publishes it now, or gone if it is not published. A transaction of its
     * own: it runs after the catalogue's change has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh(ResourceId id) {
        var existing = entityManager.find(IndexedResource.class, id.value());
        var published = directory.summary(id);
        if (published.isEmpty()) {
            if (existing != null) {
                entityManager.remove(existing);
            }
        } else if (existing != null) {
            existing.update(published.get(), amenities(id));
        } else {
            entityManager.persist(new IndexedResource(published.get(), amenities(id)));
        }
    }

    /**
     * The resources as the catalogue publishes them now, a page at a time, each page a transaction of its own
     * that Hibernate Search indexes at its commit: a bulk change of the catalogue (an import) in a few dozen
     * commits rather than one per resource.
     */
    public void refresh(Collection<ResourceId> ids) {
        var all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            var page = all.subList(from, Math.min(all.size(), from + PAGE));
            transactions.executeWithoutResult(status -> refreshPage(page));
        }
    }

    private void refreshPage(List<ResourceId> ids) {
        // The page's rows go to resource_search as JDBC batches, not one statement each.
        entityManager.unwrap(Session.class).setJdbcBatchSize(PAGE);
        var published = directory.summaries(ids).stream()
                .collect(Collectors.toMap(summary -> summary.id().value(), summary -> summary));
        var amenities = directory.amenities(ids);
        var existing = entityManager
                .createQuery("select r from IndexedResource r where r.resourceId in :ids", IndexedResource.class)
                .setParameter("ids", ids.stream().map(ResourceId::value).toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(IndexedResource::resourceId, resource -> resource));
        for (var id : ids) {
            var summary = published.get(id.value());
            var indexed = existing.get(id.value());
            if (summary == null) {
                if (indexed != null) {
                    entityManager.remove(indexed);
                }
            } else if (indexed != null) {
                indexed.update(summary, amenities.getOrDefault(id, List.of()));
            } else {
                entityManager.persist(new IndexedResource(summary, amenities.getOrDefault(id, List.of())));
            }
        }
    }

    private List<String> amenities(ResourceId id) {
        return directory.amenities(List.of(id)).getOrDefault(id, List.of());
    }

    @Transactional(readOnly = true)
    public long count() {
        var count = jdbc.queryForObject("select count(*) from resource_search", Long.class);
        return count == null ? 0 : count;
    }

    /** The documents in the index, which should be {@link #count()}. */
    @Transactional(readOnly = true)
    public long indexedCount() {
        return Search.session(entityManager)
                .search(IndexedResource.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    /** Replaces the read model with every published resource of the catalogue; the rows copied. */
    @Transactional
    public long copyCatalogue(LongConsumer progress) {
        jdbc.update("delete from resource_search");
        long copied = 0;
        var last = 0L;
        while (true) {
            var page = directory.publishedAfter(last, PAGE);
            if (page.isEmpty()) {
                return copied;
            }
            var amenities = directory.amenities(
                    page.stream().map(resource -> resource.id()).toList());
            jdbc.batchUpdate("""
                    insert into resource_search (resource_id, name, category, category_label, category_label_en, category_group, kind,
                        capacity, quantity, free, confirmation, institution_id, institution_name, institution_kind,
                        site_id, site_name, address, region_code, province_code, lat, lng, amenities)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, page, page.size(), (statement, resource) -> {
                var region = resource.site().region().value();
                statement.setLong(1, resource.id().value());
                statement.setString(2, resource.name());
                statement.setString(3, resource.category().name());
                statement.setString(4, resource.category().label());
                statement.setString(5, resource.category().labelEn());
                statement.setString(6, resource.category().group().name());
                statement.setString(7, resource.kind().name());
                statement.setInt(8, resource.capacity());
                statement.setInt(9, resource.quantity());
                statement.setBoolean(10, resource.free());
                statement.setString(11, resource.confirmation().name());
                statement.setLong(12, resource.institution().id().value());
                statement.setString(13, resource.institution().name());
                statement.setString(14, resource.institution().kind().name());
                statement.setLong(15, resource.site().id().value());
                statement.setString(16, resource.site().name());
                statement.setString(17, resource.site().address());
                statement.setString(18, region);
                statement.setString(19, resource.site().region().province().value());
                statement.setDouble(20, resource.site().lat());
                statement.setDouble(21, resource.site().lng());
                statement.setString(22, IndexedResource.joined(amenities.getOrDefault(resource.id(), List.of())));
            });
            copied += page.size();
            last = page.getLast().id().value();
            progress.accept(copied);
        }
    }
}

package kr.gongyu.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kr.gongyu.catalog.ResourceChanged;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourcePublished;
import kr.gongyu.catalog.ResourceUnpublished;
import kr.gongyu.catalog.ResourcesImported;
import kr.gongyu.search.SearchIndexProgress.Status;
import kr.gongyu.search.internal.IndexedResource;
import kr.gongyu.search.internal.ReadModelStore;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search read model and its index in step with the catalogue: each published, changed or
 * unpublished resource once the change is committed, before the request that made it answers (so a search
 * right after it sees it), and everything at once on a rebuild (at start-up when the index
 * does not match the catalogue, or when an operator asks).
 */
@Service
public class SearchIndex implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final ReadModelStore readModel;
    private final ResourceDirectory directory;
    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;
    private final AtomicReference<SearchIndexProgress> progress = new AtomicReference<>(SearchIndexProgress.idle());

    SearchIndex(
            ReadModelStore readModel,
            ResourceDirectory directory,
            EntityManagerFactory entityManagerFactory,
            Clock clock) {
        this.readModel = readModel;
        this.directory = directory;
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(ResourcePublished published) {
        readModel.refresh(published.resource());
    }

    @TransactionalEventListener
    void on(ResourceChanged changed) {
        readModel.refresh(changed.resource());
    }

    /** An import's batch: refreshed in pages, each indexed at its commit, before the import goes on. */
    @TransactionalEventListener
    void on(ResourcesImported imported) {
        readModel.refresh(imported.resources());
    }

    @TransactionalEventListener
    void on(ResourceUnpublished unpublished) {
        readModel.refresh(unpublished.resource());
    }

    /** After the demo platform's loader: the application is ready only with an index that matches the catalogue. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var published = directory.countPublished();
        var indexed = readModel.indexedCount();
        if (readModel.count() != published || indexed != published) {
            log.info("The search index holds {} of {} published resources: rebuilding it", indexed, published);
            rebuildNow();
        }
    }

    /** Starts a rebuild in the background unless one is running; the progress of the rebuild that runs. */
    public SearchIndexProgress rebuild() {
        var current = progress.get();
        if (current.status() != Status.RUNNING && progress.compareAndSet(current, running(clock.instant(), 0, 0, 0))) {
            Thread.startVirtualThread(this::rebuildNow);
        }
        return progress.get();
    }

    public SearchIndexProgress progress() {
        return progress.get();
    }

    private static SearchIndexProgress running(Instant startedAt, long total, long copied, long indexed) {
        return new SearchIndexProgress(Status.RUNNING, total, copied, indexed, startedAt, null, null);
    }

    private void rebuildNow() {
        var startedAt = clock.instant();
        var started = System.nanoTime();
        progress.set(running(startedAt, 0, 0, 0));
        try {
            var total = directory.countPublished();
            progress.set(running(startedAt, total, 0, 0));
            var copied = readModel.copyCatalogue(count -> progress.set(running(startedAt, total, count, 0)));
            var indexed = new AtomicLong();
            Search.mapping(entityManagerFactory)
                    .scope(IndexedResource.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    // One segment: facet counts over several would build an ordinal map at every search.
                    .mergeSegmentsOnFinish(true)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.set(running(startedAt, total, copied, indexed.addAndGet(increment)));
                        }

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void entitiesLoaded(long increment) {}

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
            progress.set(new SearchIndexProgress(
                    Status.DONE, total, copied, indexed.get(), startedAt, clock.instant(), null));
            log.info(
                    "Rebuilt the search index: {} resources in {} ms",
                    indexed.get(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            fail(interrupted);
        } catch (RuntimeException failure) {
            fail(failure);
            throw failure;
        }
    }

    private void fail(Exception failure) {
        log.error("Rebuilding the search index failed", failure);
        var last = progress.get();
        progress.set(new SearchIndexProgress(
                Status.FAILED,
                last.total(),
                last.copied(),
                last.indexed(),
                last.startedAt(),
                clock.instant(),
                String.valueOf(failure.getMessage())));
    }
}

package kr.gongyu.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a rebuild of the search index stands: the catalogue's published resources are copied into the read
 * model, then indexed.
 *
 * @param total the published resources to index
 * @param copied those copied into the read model so far
 * @param indexed those indexed so far
 */
public record SearchIndexProgress(
        Status status,
        long total,
        long copied,
        long indexed,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String failure) {

    public enum Status {
        /** No rebuild since the application started. */
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    static SearchIndexProgress idle() {
        return new SearchIndexProgress(Status.IDLE, 0, 0, 0, null, null, null);
    }
}

package kr.gongyu.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kr.gongyu.http.QueryRecord;
import org.jspecify.annotations.Nullable;

/**
 * The {@code page} (from 0, at most {@link #MAX_PAGE}, so that the rows skipped always fit the database's offset)
 * and {@code size} (1–100, default 20) of a list request.
 */
@QueryRecord
public record Paging(
        @Nullable @Min(0) @Max(Paging.MAX_PAGE) Integer page,
        @Nullable @Min(1) @Max(100) Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_PAGE = 1_000_000;

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}

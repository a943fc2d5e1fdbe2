package kr.gongyu.web;

import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Where a list is among its pages: the current page (from 0) and how many there are; the page numbers shown
 * (from 1) are the few around the current one.
 */
public record Pagination(int current, long total) {

    private static final int AROUND = 4;

    /** Deeper pages than anyone reads: the address asks for the first instead. */
    private static final long MAX_ASKED = 9_999;

    /**
     * The page (from 1) an address asks for: the first where the number is missing, not one, or beyond {@value
     * #MAX_ASKED}.
     */
    public static int asked(@Nullable String page) {
        return FormText.id(page)
                .filter(n -> n >= 1 && n <= MAX_ASKED)
                .orElse(1L)
                .intValue();
    }

    public static Pagination of(int current, long items, int pageSize, long maxPages) {
        return new Pagination(current, Math.min(maxPages, (items + pageSize - 1) / pageSize));
    }

    public boolean hasPrevious() {
        return current > 0;
    }

    public boolean hasNext() {
        return current + 1 < total;
    }

    public List<Integer> numbers() {
        var first = Math.max(0, current - AROUND);
        var last = (int) Math.min(total - 1, current + AROUND);
        return IntStream.rangeClosed(first + 1, last + 1).boxed().toList();
    }
}

package kr.gongyu.web;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a list is among its pages: the current page (from 0) and how many there are; the page numbers shown
 * (from 1) are the few around the current one.
 */
public record Pagination(int current, long total) {

    private static final int AROUND = 4;

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

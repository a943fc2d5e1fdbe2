package kr.gongyu.web;

import java.util.Optional;

/** An id in a page's address: digits only, so that anything else is simply not found. */
public final class PathIds {

    private PathIds() {}

    public static Optional<Long> parse(String id) {
        return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}

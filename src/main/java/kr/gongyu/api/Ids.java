package kr.gongyu.api;

import java.util.Optional;

/** Ids in paths are decimal strings; anything else names nothing, which is a 404 rather than a 400. */
public final class Ids {

    private Ids() {}

    public static Optional<Long> parse(String id) {
        return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}

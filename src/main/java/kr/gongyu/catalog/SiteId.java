package kr.gongyu.catalog;

/** Identifies a site. */
public record SiteId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package kr.gongyu.catalog;

/** Identifies a resource; other modules hold this, never the resource itself. */
public record ResourceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

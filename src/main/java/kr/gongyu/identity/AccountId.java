package kr.gongyu.identity;

/** Identifies an account. */
public record AccountId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

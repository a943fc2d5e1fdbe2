package kr.gongyu.institution;

/** Identifies an institution; other modules hold this, never the institution itself. */
public record InstitutionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

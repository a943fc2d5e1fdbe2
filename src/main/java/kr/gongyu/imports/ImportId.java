package kr.gongyu.imports;

/** Identifies one import of a file. */
public record ImportId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

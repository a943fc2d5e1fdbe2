package kr.gongyu.identity;

/** A person's name, which lists show masked (홍길동 → 홍*동) so that only who needs it sees it whole. */
public record PersonName(String value) {

    /** The first and last characters kept, the ones between starred; a two-character name keeps its first. */
    public String masked() {
        var name = value.strip();
        var length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return name;
        }
        var first = name.substring(0, name.offsetByCodePoints(0, 1));
        if (length == 2) {
            return first + "*";
        }
        var last = name.substring(name.offsetByCodePoints(0, length - 1));
        return first + "*".repeat(length - 2) + last;
    }
}

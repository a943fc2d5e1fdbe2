package kr.gongyu.identity;

/** A telephone number, which lists show masked (010-1234-5678 → 010-****-5678). */
public record PhoneNumber(String value) {

    /** The middle group starred; a number without groups keeps only its last four digits. */
    public String masked() {
        var groups = value.strip().split("-");
        if (groups.length == 3) {
            return groups[0] + "-" + "*".repeat(groups[1].length()) + "-" + groups[2];
        }
        var digits = value.replaceAll("\\D", "");
        return digits.length() <= 4
                ? "*".repeat(digits.length())
                : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}

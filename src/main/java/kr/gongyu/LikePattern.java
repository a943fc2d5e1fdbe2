package kr.gongyu;

/**
 * SQL {@code LIKE} patterns from user text, with the text's own {@code %}, {@code _} and {@code \} taken
 * literally. Use them with {@code escape '\'}.
 */
public final class LikePattern {

    private LikePattern() {}

    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

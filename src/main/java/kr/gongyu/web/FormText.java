package kr.gongyu.web;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the forms' records take what the browser sent: text as typed, a field not sent as empty. */
public final class FormText {

    private FormText() {}

    /** The text without the spaces around it, empty when not sent. */
    public static String typed(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    /** The text exactly as sent (a password's spaces are its own), empty when not sent. */
    public static String sent(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** An id as sent in a form or a query (a resource chosen, a page), or none where missing or not one. */
    public static Optional<Long> id(@Nullable String text) {
        return text == null ? Optional.empty() : PathIds.parse(text);
    }
}

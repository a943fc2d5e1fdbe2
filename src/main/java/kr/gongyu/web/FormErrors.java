package kr.gongyu.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The mistakes of a submitted form, each under the name of its field; the page shows each next to its field
 * and ties it to the field ({@code aria-describedby}, {@code aria-invalid}). The first mistake of a field is the
 * one shown.
 */
public final class FormErrors {

    private record Message(String key, Object[] arguments) {}

    private final Map<String, Message> byField = new LinkedHashMap<>();

    public void reject(String field, String key, Object... arguments) {
        byField.putIfAbsent(field, new Message(key, arguments));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** What to say about each field at fault, in the reader's language, in the order found. */
    public Map<String, String> in(MessageSource messages) {
        var resolved = new LinkedHashMap<String, String>();
        byField.forEach((field, message) -> resolved.put(
                field, messages.getMessage(message.key(), message.arguments(), LocaleContextHolder.getLocale())));
        return resolved;
    }
}

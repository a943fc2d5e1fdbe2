package kr.gongyu.api;

import java.util.List;
import java.util.function.Supplier;
import kr.gongyu.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with problem+json: an HTTP status, a stable {@code code}, and a message looked up
 * in the message bundles under {@code problem.<code>.detail} with the given arguments.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] arguments;
    private final @Nullable String field;
    private final List<FieldMessage> errors;

    /** A field at fault and what is wrong with it, as a key of the message bundles with its arguments. */
    public record FieldMessage(String field, String messageKey, List<Object> arguments) {

        public FieldMessage {
            arguments = List.copyOf(arguments);
        }
    }

    public ApiException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
        this.field = null;
        this.errors = List.of();
    }

    private ApiException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = HttpStatus.BAD_REQUEST;
        this.code = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
        this.errors = List.of();
    }

    private ApiException(List<FieldMessage> errors) {
        super(errors.toString());
        this.status = HttpStatus.BAD_REQUEST;
        this.code = "INVALID_REQUEST";
        this.arguments = new Object[0];
        this.field = null;
        this.errors = List.copyOf(errors);
    }

    /** A 400 {@code INVALID_REQUEST} listing several fields at fault, each said in the caller's language. */
    public static ApiException invalid(List<FieldMessage> errors) {
        return new ApiException(errors);
    }

    /** The fields at fault of an invalid request refused with {@link #invalid(List)}. */
    public List<FieldMessage> errors() {
        return errors;
    }

    /**
     * A 400 {@code INVALID_REQUEST} naming one field, with the message {@code messageKey} of the bundles, for
     * checks that span parameters (a period's end after its start).
     */
    public static ApiException invalid(String field, String messageKey, Object... arguments) {
        return new ApiException(field, messageKey, arguments);
    }

    /** Runs an edit of the domain, its {@link InvalidInput} answered as 400 with each mistake beside its field. */
    public static <T> T checked(Supplier<T> edit) {
        try {
            return edit.get();
        } catch (InvalidInput invalid) {
            throw invalid(invalid.mistakes().stream()
                    .map(mistake -> new FieldMessage(mistake.field(), mistake.code(), mistake.arguments()))
                    .toList());
        }
    }

    /** The field an invalid request is refused for, or null for every other refusal. */
    public @Nullable String field() {
        return field;
    }

    /** Nothing of this kind ({@code what} names a message such as {@code what.resource}) has this id. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", new DefaultMessageSourceResolvable(what), id);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

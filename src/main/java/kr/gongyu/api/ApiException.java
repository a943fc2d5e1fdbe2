package kr.gongyu.api;

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

    public ApiException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
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

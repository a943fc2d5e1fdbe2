package kr.gongyu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's {@code application/problem+json} answers: a stable {@code code}, a title and a detail in
 * the caller's language from the message bundles ({@code problem.<code>.title}), and the fields at fault.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** A field of the request and what is wrong with it. */
    public record FieldProblem(String field, String message) {}

    public ProblemDetail of(
            HttpStatus status,
            String code,
            String detailKey,
            Object @Nullable [] arguments,
            List<FieldProblem> errors,
            Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(
                URI.create("urn:problem:gongyu:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, null, locale));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(e -> Map.of("field", e.field(), "message", e.message()))
                            .toList());
        }
        return problem;
    }

    /**
     * Writes a problem straight to the response, for refusals made before a request reaches a controller
     * (authentication, authorisation, rate limits).
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        write(request, response, status, code, List.of());
    }

    /** A 400 {@code INVALID_REQUEST} naming the field at fault, with the message of this key. */
    void writeInvalid(HttpServletRequest request, HttpServletResponse response, String field, String messageKey)
            throws IOException {
        var message = messages.getMessage(messageKey, null, locales.resolveLocale(request));
        write(request, response, HttpStatus.BAD_REQUEST, "INVALID_REQUEST", List.of(new FieldProblem(field, message)));
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            List<FieldProblem> errors)
            throws IOException {
        var problem = of(status, code, "problem." + code + ".detail", null, errors, locales.resolveLocale(request));
        var body = new LinkedHashMap<String, @Nullable Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}

package kr.gongyu.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request no page or endpoint can take, so that it is a 400 (or 413) with one
 * short log line rather than a 500 with a stack trace deep in the chain:
 *
 * <ul>
 *   <li>a query string or form field that is not valid percent-encoded UTF-8 ({@code ?q=%zz}, {@code ?x=%FF});
 *   <li>a NUL character in a parameter's name or value (PostgreSQL stores no NUL in text);
 *   <li>an API body (anything but a multipart upload, which has its own limit) larger than
 *       {@code gongyu.api.max-body-size}: 413 {@code PAYLOAD_TOO_LARGE} from its announced length, before a byte
 *       of it is read, or once a body without a length has gone past the limit;
 *   <li>{@code /error} asked for directly (it answers the server's own error dispatches only): not found.
 * </ul>
 *
 * It runs after the request's locale is set (-105) and the pages' oversized-upload redirect (-102), and before
 * Spring Security (-100), whose CSRF check reads the form's fields.
 */
@Component
@Order(-101)
class RequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);
    private static final String BODY_TOO_LARGE = RequestGuard.class.getName() + ".bodyTooLarge";

    private final Problems problems;
    private final long maxBodyBytes;

    RequestGuard(Problems problems, @Value("${gongyu.api.max-body-size:1MB}") DataSize maxBodySize) {
        this.problems = problems;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var api = path.startsWith("/api/");
        if (request.getDispatcherType() == DispatcherType.REQUEST && path.equals("/error")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        var multipart = isMultipart(request);
        if (api && !multipart && request.getContentLengthLong() > maxBodyBytes) {
            refuseTooLarge(request, response);
            return;
        }
        var malformed = malformedParameter(request, api && multipart);
        if (malformed != null) {
            log.info("Refused {} {}: {}", request.getMethod(), path, malformed.reason);
            if (api || path.startsWith("/actuator/")) {
                problems.writeInvalid(request, response, malformed.field, malformed.messageKey);
            } else {
                badRequestPage(request, response);
            }
            return;
        }
        if (api && !multipart && request.getContentLengthLong() < 0) {
            chain.doFilter(new LimitedBody(request, maxBodyBytes), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether this request's body went past the limit while it was read (the API's answer is then 413). */
    static boolean bodyTooLarge(HttpServletRequest request) {
        return request.getAttribute(BODY_TOO_LARGE) != null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.info("Refused {} {}: body over {} bytes", request.getMethod(), request.getRequestURI(), maxBodyBytes);
        // The body is not read: the connection closes after the answer.
        response.setHeader("Connection", "close");
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
    }

    /**
     * The site's error page with 400, shown as the server shows its errors but from a request without its
     * parameters: the error dispatch of the original request would read them again and fail.
     */
    private static void badRequestPage(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        var withoutParameters = new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable String getQueryString() {
                return null;
            }

            @Override
            public @Nullable String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String @Nullable [] getParameterValues(String name) {
                return null;
            }
        };
        request.getRequestDispatcher("/error").forward(withoutParameters, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private record Malformed(String field, String messageKey, String reason) {}

    /**
     * The first parameter at fault, if any. The query string is checked as it came; the body's fields through the
     * container's own parsing, except an API upload's (an import file, whose size the import answers).
     */
    private static @Nullable Malformed malformedParameter(HttpServletRequest request, boolean apiUpload) {
        var query = request.getQueryString();
        if (query != null) {
            for (var pair : query.split("&")) {
                var equals = pair.indexOf('=');
                var name = decode(equals < 0 ? pair : pair.substring(0, equals));
                var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (name == null || value == null) {
                    return new Malformed(
                            name == null ? "query" : name, "problem.field.malformed", "malformed percent-encoding");
                }
                if (name.indexOf(0) >= 0 || value.indexOf(0) >= 0) {
                    return new Malformed(name.replace('\0', ' '), "problem.field.nul", "NUL in a parameter");
                }
            }
        }
        if (apiUpload) {
            return null;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException failure) {
            return new Malformed("body", "problem.field.malformed", "unreadable form fields");
        }
        for (var parameter : parameters.entrySet()) {
            var name = parameter.getKey();
            for (var value : parameter.getValue()) {
                if (name.indexOf(0) >= 0 || value.indexOf(0) >= 0) {
                    return new Malformed(name.replace('\0', ' '), "problem.field.nul", "NUL in a parameter");
                }
            }
        }
        return null;
    }

    /** A query string's name or value, percent-decoded as UTF-8 strictly; null if it is not that. */
    private static @Nullable String decode(String raw) {
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            var c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                var high = Character.digit(raw.charAt(i + 1), 16);
                var low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** A body of unannounced length that fails once more than the limit has been read. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var body = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        var b = body.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        var n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            setAttribute(BODY_TOO_LARGE, true);
                            throw new IOException("The request body is larger than " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}

package kr.gongyu.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A form upload larger than the server takes (an import file, a photo) sends the browser back to its form with
 * {@code ?tooLarge}, which the layout turns into a message. It must happen before Spring Security: its CSRF check
 * reads the form's fields, and reading the fields of an oversized multipart body fails, which would otherwise
 * end in an error page instead of a word about the file. The API answers its own oversized uploads (413).
 */
@Component
@Order(-102) // before the API's request guard (-101) and Spring Security (-100), after the locale is set (-105)
class OversizedUploads extends OncePerRequestFilter {

    static final String PARAMETER = "tooLarge";

    private final long maxRequestBytes;

    OversizedUploads(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var contentType = request.getContentType();
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || contentType == null
                || !contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", back(request.getHeader("Referer"), request.getContextPath()));
    }

    /** The form the upload came from, on this site only (the path of the Referer), else the console's start. */
    private static String back(@Nullable String referer, String contextPath) {
        var path = contextPath + "/console";
        if (referer != null) {
            try {
                var from = URI.create(referer).getRawPath();
                if (from != null && from.startsWith("/") && !from.startsWith("//")) {
                    path = from;
                }
            } catch (IllegalArgumentException malformed) {
                // a Referer that is no URI: back to the console's start
            }
        }
        return UriComponentsBuilder.fromPath(path).queryParam(PARAMETER).build().toUriString();
    }
}

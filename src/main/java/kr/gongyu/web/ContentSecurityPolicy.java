package kr.gongyu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' Content-Security-Policy. Scripts run only from a {@code <script>} tag that carries this response's
 * nonce (no inline handlers, no {@code eval}); styles only from our own style sheets, since no page has a
 * {@code style} attribute (Leaflet and htmx set styles through the DOM, which a policy does not govern); images
 * from this site and the map's tile server; everything else from this site only, and no framing.
 *
 * <p>As a filter it draws the nonce before the page is rendered and leaves it in the request attribute
 * {@value #NONCE}, which the templates read; as a header writer it puts the same nonce in the header, which
 * Spring Security writes when the response is committed.
 */
final class ContentSecurityPolicy extends OncePerRequestFilter implements HeaderWriter {

    /** The request attribute, and so the templates' variable, holding the response's nonce. */
    static final String NONCE = "cspNonce";

    private static final String HEADER = "Content-Security-Policy";
    private static final Pattern ORIGIN = Pattern.compile("^https?://[^/]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String tiles;

    /** @param tileUrl the map's tile address template, such as {@code https://{s}.tile.example/{z}/{x}/{y}.png} */
    ContentSecurityPolicy(String tileUrl) {
        var origin = ORIGIN.matcher(tileUrl);
        if (!origin.find()) {
            throw new IllegalArgumentException("The map's tile address must be http or https: " + tileUrl);
        }
        // A server's {s} subdomains (a., b., c.) become a wildcard.
        this.tiles = origin.group().replace("{s}", "*");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        request.setAttribute(NONCE, Base64.getEncoder().encodeToString(nonce));
        chain.doFilter(request, response);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        // Without a nonce (a request this filter did not see) no script may run at all.
        var scripts = request.getAttribute(NONCE) instanceof String nonce ? "'nonce-" + nonce + "'" : "'none'";
        response.setHeader(
                HEADER,
                "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' " + tiles
                        + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }
}

package kr.gongyu.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database out of reach where no controller's handler sees it (the security filters: the log-in form's
 * throttling, its account lookup) is 503 and its error page or body, as the API's and the pages' handlers answer
 * it, never a 500: the client may try again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutages extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database is out of reach: {}", failure.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}

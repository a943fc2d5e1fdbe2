package kr.gongyu.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fair queue in front of the requests that work with the database: at most {@code gongyu.admission.concurrent}
 * at once on this node, the others waiting in arrival order for up to {@code gongyu.admission.queue-timeout}, then
 * 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}.
 *
 * <p>Why: on virtual threads Tomcat starts every request it accepts, so a rush of 2,000 clients meant 2,000 threads
 * waiting on the connection pool, whose timeout (3 s) is there to notice a database that is down, not to bound a
 * queue. The pool's wait is not in arrival order either, and a request needs a connection several times (the
 * token's check, the booking's transaction…): it queued again each time, and timed out at any of them, even after
 * its booking had committed. Here a request queues once, before its first statement; once admitted it finds a
 * connection at once, the pool being larger than the admitted requests (the rest is for jobs and health checks).
 * So the pool's timeout still means "database down" (503 within seconds), and the queue's, far longer, means "this
 * node is saturated". More requests at once would not go faster: PostgreSQL on a few cores serves a handful of
 * transactions at a time, and the rest only waits for its locks and CPU (BENCHMARKS.md, the rush at 2,000).
 *
 * <p>Per node, as the pool is: each node admits what its own pool can serve, and the database sees at most the sum.
 * What needs no database passes without queueing: static files, and the health probes (a saturated node is alive
 * and ready, and its probes must not time out behind the rush). So do the payment provider's confirmations and
 * webhook: they wait on the provider for up to its timeout, and a slow provider would otherwise hold the queue's
 * places and stall every search and booking of the node behind it. A request's body is read once admitted, so the
 * node is meant to sit behind a proxy that buffers uploads (nginx does by default).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestAdmission extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

    private static final List<String> UNQUEUED =
            List.of("/css/", "/js/", "/vendor/", "/favicon.ico", "/actuator/", "/api/v1/payments/", "/payments/");

    private final Semaphore admitted;
    private final long queueTimeoutNanos;

    RequestAdmission(
            @Value("${gongyu.admission.concurrent}") int concurrent,
            @Value("${gongyu.admission.queue-timeout}") Duration queueTimeout) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("gongyu.admission.concurrent must be at least 1: " + concurrent);
        }
        // Fair: in a rush, the first to arrive is the first served, and none waits past the others indefinitely.
        this.admitted = new Semaphore(concurrent, true);
        this.queueTimeoutNanos = queueTimeout.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return UNQUEUED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean in;
        try {
            in = admitted.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            in = false;
        }
        if (!in) {
            log.warn(
                    "Request queue full: {} {} waited past the queue's timeout",
                    request.getMethod(),
                    request.getRequestURI());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admitted.release();
        }
    }
}

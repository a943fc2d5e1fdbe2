package kr.gongyu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionTest {

    private final RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(200));

    @Test
    void aRequestQueuedPastTheTimeoutIs503WithRetryAfterAndNeverRuns() throws Exception {
        var leave = new CountDownLatch(1);
        var first = occupy("/api/v1/reservations", leave);

        var ran = new AtomicInteger();
        var started = System.nanoTime();
        var refused = run("/api/v1/reservations", (request, response) -> ran.incrementAndGet());
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(ran).as("the refused request did no work").hasValue(0);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));

        leave.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(run("/api/v1/reservations", (request, response) -> ran.incrementAndGet())
                        .getStatus())
                .isEqualTo(200);
        assertThat(ran).as("admitted once the first left").hasValue(1);
    }

    @Test
    void aRequestThatFailsGivesItsPlaceBack() {
        assertThatThrownBy(() -> admission.doFilter(
                        new MockHttpServletRequest("POST", "/api/v1/reservations"),
                        new MockHttpServletResponse(),
                        (request, response) -> {
                            throw new IllegalStateException("failed");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(run("/api/v1/reservations", (request, response) -> {}).getStatus())
                .isEqualTo(200);
    }

    @Test
    void staticFilesHealthProbesAndThePaymentProvidersCallsPassAFullQueue() throws Exception {
        var leave = new CountDownLatch(1);
        var first = occupy("/reservations", leave);
        try {
            for (var path : new String[] {
                "/css/gongyu.css",
                "/vendor/leaflet-1.9.4/leaflet.js",
                "/actuator/health",
                "/api/v1/payments/confirm",
                "/payments/success"
            }) {
                var ran = new AtomicInteger();
                var started = System.nanoTime();
                assertThat(run(path, (request, response) -> ran.incrementAndGet())
                                .getStatus())
                        .as(path)
                        .isEqualTo(200);
                assertThat(ran).as(path).hasValue(1);
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as(path + " waited for nothing")
                        .isLessThan(Duration.ofMillis(200));
            }
            assertThat(run("/my/reservations", (request, response) -> {}).getStatus())
                    .as("a page waits like the API")
                    .isEqualTo(503);
        } finally {
            leave.countDown();
            first.get(5, TimeUnit.SECONDS);
        }
    }

    /** A request that takes the only place and keeps it until {@code leave} counts down. */
    private CompletableFuture<Void> occupy(String path, CountDownLatch leave) throws InterruptedException {
        var inside = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> run(path, (request, response) -> {
            inside.countDown();
            await(leave);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private MockHttpServletResponse run(String path, FilterChain chain) {
        var response = new MockHttpServletResponse();
        try {
            admission.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

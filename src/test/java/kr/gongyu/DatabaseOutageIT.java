package kr.gongyu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import kr.gongyu.web.LogInForm;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The database going away and coming back: the application reaches a database of its own through a relay this
 * test controls (an H2 server, or the run's PostgreSQL). With the relay silent (connections cut, new ones
 * accepted and never answered, as an unreachable host does), the API answers 503 {@code SERVICE_UNAVAILABLE} within
 * seconds and readiness is DOWN; with the relay back, both recover by themselves.
 */
@ApplicationOfItsOwn
@ContextConfiguration(initializers = DatabaseOutageIT.ThroughRelay.class)
class DatabaseOutageIT {

    private static final String OPERATOR_PASSWORD = "outage-operator-password";

    private static Relay relay;
    private static Server h2;

    static final class ThroughRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                String url;
                if (TestDatabase.kind().equals("h2")) {
                    h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                    relay = new Relay(h2.getPort());
                    url = "jdbc:h2:tcp://127.0.0.1:" + relay.port() + "/mem:outage-" + System.nanoTime()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
                } else {
                    var direct = TestDatabase.freshUrl("outage");
                    var server = URI.create(direct.substring("jdbc:".length()));
                    relay = new Relay(server.getPort());
                    url = direct.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + relay.port());
                }
                var properties = new HashMap<>(TestDatabase.properties(url, false));
                // An account whose token is checked against the database at every request (its credential version).
                properties.put("gongyu.bootstrap.operator-username", "outage-operator");
                properties.put("gongyu.bootstrap.operator-password", OPERATOR_PASSWORD);
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("outage-database", properties));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void stop() {
        relay.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @Autowired
    RestTestClient http;

    @Test
    void theDatabaseAwayIs503WithinSecondsAndReadinessDownThenBothRecover() {
        assertThat(status("/api/v1/institutions")).isEqualTo(200);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        var token = ApiCalls.logIn(http, "outage-operator", OPERATOR_PASSWORD);
        var logInPage = LogInForm.open(http, null);

        relay.silence();
        var started = System.nanoTime();
        var answer = http.get().uri("/api/v1/institutions").exchange().returnResult(String.class);
        var took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.getStatus().value()).isEqualTo(503);
        assertThat(answer.getResponseBody()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(took).as("answered within seconds").isLessThan(Duration.ofSeconds(10));
        var withToken = http.get()
                .uri("/api/v1/me")
                .header("Authorization", token)
                .exchange()
                .returnResult(String.class);
        assertThat(withToken.getStatus().value())
                .as("the token's check cannot read the database either")
                .isEqualTo(503);
        assertThat(withToken.getResponseBody()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");

        // A log-in whose account cannot be read is not a wrong password: 503, by the API and by the page alike.
        var logIn = http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "outage-operator", "password", OPERATOR_PASSWORD))
                .exchange()
                .returnResult(String.class);
        assertThat(logIn.getStatus().value()).as(logIn.getResponseBody()).isEqualTo(503);
        assertThat(logIn.getResponseBody()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "outage-operator");
        form.add("password", OPERATOR_PASSWORD);
        form.add("_csrf", logInPage.location());
        var pageLogIn = http.post()
                .uri("/login")
                .header(HttpHeaders.COOKIE, logInPage.sessionCookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange()
                .returnResult(String.class);
        assertThat(pageLogIn.getStatus().value())
                .as(
                        "not sent back to the form as a wrong password: %s %s",
                        pageLogIn.getStatus(), pageLogIn.getResponseHeaders())
                .isEqualTo(503);

        started = System.nanoTime();
        assertThat(status("/actuator/health/readiness")).as("readiness DOWN").isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(status("/actuator/health/liveness")).as("still alive").isEqualTo(200);

        relay.restore();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status("/api/v1/institutions") == 200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status("/actuator/health/readiness") == 200);
    }

    private int status(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }

    /** A TCP relay to a local port that can fall silent: cut every connection and leave new ones unanswered. */
    static final class Relay implements AutoCloseable {

        private final ServerSocket listener;
        private final int target;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private volatile boolean silent;

        Relay(int target) throws IOException {
            this.target = target;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return listener.getLocalPort();
        }

        void silence() {
            silent = true;
            open.forEach(Relay::closeQuietly);
            open.clear();
        }

        void restore() {
            silent = false;
            open.forEach(Relay::closeQuietly); // the unanswered ones
            open.clear();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    var client = listener.accept();
                    open.add(client);
                    if (silent) {
                        continue; // held open, never answered
                    }
                    var server = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(server);
                    Thread.ofVirtual().start(() -> pump(client, server));
                    Thread.ofVirtual().start(() -> pump(server, client));
                } catch (IOException closed) {
                    // the listener closed, or the target refused: the client sees its connection end
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() {
            try {
                listener.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            silence();
        }
    }
}

package kr.gongyu;

import static kr.gongyu.ApiCalls.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import kr.gongyu.identity.CitizenSignUp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Two nodes of one platform on one database, as in production: what an operator or the account does on one node
 * ends the account's tokens on the other at once, since each request reads the account's credential version.
 */
@ApplicationOfItsOwn
@ContextConfiguration(initializers = TwoNodesRevocationIT.OneDatabase.class)
class TwoNodesRevocationIT {

    private static final String OPERATOR_PASSWORD = "two-nodes-operator-password";
    private static final String PASSWORD = "two-nodes-password";

    /** The properties both nodes start with: the same database and the same signing key. */
    private static @Nullable Map<String, Object> shared;

    static final class OneDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var properties = new HashMap<>(TestDatabase.properties(TestDatabase.freshUrl("two-nodes"), false));
            properties.put("gongyu.security.token-secret", "the-two-nodes-shared-signing-key-of-32+-bytes");
            properties.put("gongyu.bootstrap.operator-username", "two-nodes-operator");
            properties.put("gongyu.bootstrap.operator-password", OPERATOR_PASSWORD);
            shared = properties;
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("two-nodes-database", properties));
        }
    }

    @Autowired
    RestTestClient nodeA;

    @Autowired
    CitizenSignUp signUp;

    @Test
    void whatOneNodeRevokesTheOtherRefusesAtOnce() {
        signUp.signUp(new CitizenSignUp.SignUp("two-nodes-citizen", PASSWORD, "두노드", null));
        // As arguments, which come before the application's own settings (default properties come after them).
        var arguments = shared.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toList();
        try (var second = new SpringApplicationBuilder(GongyuApplication.class, TestClock.Configuration.class)
                .run(Stream.concat(arguments.stream(), Stream.of("--server.port=0"))
                        .toArray(String[]::new))) {
            var nodeB = RestTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port"))
                    .build();
            var operator = ApiCalls.logIn(nodeB, "two-nodes-operator", OPERATOR_PASSWORD);
            var token = ApiCalls.logIn(nodeA, "two-nodes-citizen", PASSWORD);
            assertThat(me(nodeB, token)).as("one key for both nodes").isEqualTo(200);
            var id = ApiCalls.get(nodeA, "/api/v1/me", token).get("id");

            put(nodeB, "/api/v1/operator/accounts/" + id + "/status", operator, Map.of("enabled", false));
            assertThat(me(nodeA, token)).as("disabled on B, refused on A").isEqualTo(401);
            ApiCalls.tokenRequest(nodeA, "two-nodes-citizen", PASSWORD, "198.51.100.9")
                    .expectStatus()
                    .isUnauthorized();

            put(nodeB, "/api/v1/operator/accounts/" + id + "/status", operator, Map.of("enabled", true));
            var again = ApiCalls.logIn(nodeA, "two-nodes-citizen", PASSWORD);
            assertThat(me(nodeB, again)).isEqualTo(200);
            put(
                    nodeB,
                    "/api/v1/me/password",
                    again,
                    Map.of("currentPassword", PASSWORD, "newPassword", "two-nodes-new-password"));
            assertThat(me(nodeA, again))
                    .as("password changed on B, refused on A")
                    .isEqualTo(401);
            assertThat(me(nodeA, ApiCalls.logIn(nodeA, "two-nodes-citizen", "two-nodes-new-password")))
                    .isEqualTo(200);
        }
    }

    private static int me(RestTestClient node, String token) {
        return ApiCalls.status(node, "/api/v1/me", token);
    }

    private static void put(RestTestClient node, String path, String token, Map<String, Object> body) {
        var status = node.put()
                .uri(path)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .returnResult(JSON)
                .getStatus();
        assertThat(status.is2xxSuccessful()).as(path).isTrue();
    }
}

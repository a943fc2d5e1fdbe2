package kr.gongyu.api.auth;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.JSON_LIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A password change, a disabled account and a new role end every token of the account at once, on every node: the
 * version each token carries is compared with the database's at each request.
 */
@IntegrationTest
class RevocationIT {

    private static final String NEW_PASSWORD = "a-new-password-2027";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordChangeEndsEveryTokenAndTheOldPassword() {
        var first = logIn("citizen1650", ApiCalls.DEMO_PASSWORD);
        var second = logIn("citizen1650", ApiCalls.DEMO_PASSWORD);
        assertThat(me(first)).isEqualTo(200);

        assertThat(changePassword(first, ApiCalls.DEMO_PASSWORD, NEW_PASSWORD)).isEqualTo(204);

        for (var token : List.of(first, second)) {
            var refused = http.get()
                    .uri("/api/v1/me")
                    .header("Authorization", token)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(JSON)
                    .returnResult()
                    .getResponseBody();
            assertThat(refused).containsEntry("code", "UNAUTHENTICATED");
        }
        assertThat(logInCode("citizen1650", ApiCalls.DEMO_PASSWORD)).isEqualTo("BAD_CREDENTIALS");
        assertThat(me(logIn("citizen1650", NEW_PASSWORD))).isEqualTo(200);
        assertThat(audit("citizen1650"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "CHANGE_PASSWORD")
                        .containsEntry("outcome", 204));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountedLikeAFailedLogIn() {
        var token = logIn("citizen1651", ApiCalls.DEMO_PASSWORD);
        var wrong = put("/api/v1/me/password", token, Map.of("currentPassword", "guess", "newPassword", NEW_PASSWORD))
                .expectStatus()
                .isForbidden()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(wrong).containsEntry("code", "WRONG_PASSWORD");
        assertThat(me(token)).as("nothing changed").isEqualTo(200);
        for (int n = 1; n < 10; n++) {
            assertThat(changePassword(token, "guess-" + n, NEW_PASSWORD)).isEqualTo(403);
        }
        var blocked = put(
                        "/api/v1/me/password",
                        token,
                        Map.of("currentPassword", ApiCalls.DEMO_PASSWORD, "newPassword", NEW_PASSWORD))
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(blocked).as("locked out, as the log-in would be").containsEntry("code", "TOO_MANY_ATTEMPTS");
        assertThat(me(token)).isEqualTo(200);
        assertThat(audit("citizen1651"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "CHANGE_PASSWORD")
                        .containsEntry("outcome", 403));
    }

    @Test
    void aWeakNewPasswordOrABadBodyIs400AndChangesNothing() {
        var token = logIn("citizen1652", ApiCalls.DEMO_PASSWORD);
        var weak = put(
                        "/api/v1/me/password",
                        token,
                        Map.of("currentPassword", ApiCalls.DEMO_PASSWORD, "newPassword", "short"))
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(weak).containsEntry("code", "INVALID_REQUEST");
        assertThat(weak.get("errors").toString()).contains("newPassword").contains("10자 이상");
        var username = Map.of("currentPassword", ApiCalls.DEMO_PASSWORD, "newPassword", "citizen1652");
        assertThat(changePasswordCode(token, username)).isEqualTo("INVALID_REQUEST");
        assertThat(changePasswordCode(token, Map.of("newPassword", NEW_PASSWORD)))
                .isEqualTo("INVALID_REQUEST");
        assertThat(changePasswordCode(token, Map.of("currentPassword", 12, "newPassword", List.of())))
                .isEqualTo("INVALID_REQUEST");
        assertThat(me(token)).as("nothing changed").isEqualTo(200);
        assertThat(me(logIn("citizen1652", ApiCalls.DEMO_PASSWORD))).isEqualTo(200);
    }

    @Test
    void aDisabledAccountLosesItsTokensAndCannotLogInUntilEnabled() {
        var operator = ApiCalls.token(http, "operator");
        var token = logIn("citizen1653", ApiCalls.DEMO_PASSWORD);
        var id = id(token);

        var disabled = ApiCalls.get(http, "/api/v1/operator/accounts/" + id, operator);
        assertThat(disabled).containsEntry("enabled", true);
        assertThat(put("/api/v1/operator/accounts/" + id + "/status", operator, Map.of("enabled", false))
                        .expectStatus()
                        .isOk()
                        .expectBody(JSON)
                        .returnResult()
                        .getResponseBody())
                .containsEntry("enabled", false);

        assertThat(me(token)).isEqualTo(401);
        assertThat(logInCode("citizen1653", ApiCalls.DEMO_PASSWORD))
                .as("the same answer as a wrong password")
                .isEqualTo("BAD_CREDENTIALS")
                .isEqualTo(logInCode("citizen1653", "a-wrong-password"));

        put("/api/v1/operator/accounts/" + id + "/status", operator, Map.of("enabled", true))
                .expectStatus()
                .isOk();
        assertThat(me(token)).as("the old token stays ended").isEqualTo(401);
        assertThat(me(logIn("citizen1653", ApiCalls.DEMO_PASSWORD))).isEqualTo(200);
        assertThat(audit("operator"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "DISABLE_ACCOUNT")
                        .containsEntry("target", "account:" + id))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "ENABLE_ACCOUNT")
                        .containsEntry("target", "account:" + id));
    }

    @Test
    void aNewRoleEndsTheOldTokenAndTheNextCarriesIt() {
        var operator = ApiCalls.token(http, "operator");
        var token = logIn("citizen1654", ApiCalls.DEMO_PASSWORD);
        var id = id(token);
        var institution = institution("LOCAL");

        var staff = put(
                        "/api/v1/operator/accounts/" + id + "/role",
                        operator,
                        Map.of("role", "STAFF", "institutionId", institution))
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(staff).containsEntry("role", "STAFF").containsEntry("institutionId", institution);

        assertThat(me(token)).isEqualTo(401);
        var promoted = logIn("citizen1654", ApiCalls.DEMO_PASSWORD);
        assertThat(claims(promoted)).contains("\"role\":\"STAFF\"").contains("\"institution\":\"" + institution + "\"");
        assertThat(ApiCalls.status(http, "/api/v1/admin/resources", promoted))
                .as("the console API is open to the new staff")
                .isEqualTo(200);

        put("/api/v1/operator/accounts/" + id + "/role", operator, Map.of("role", "CITIZEN"))
                .expectStatus()
                .isOk();
        assertThat(me(promoted)).isEqualTo(401);
        assertThat(claims(logIn("citizen1654", ApiCalls.DEMO_PASSWORD))).contains("\"role\":\"CITIZEN\"");
        assertThat(audit("operator"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "CHANGE_ROLE STAFF institution:" + institution)
                        .containsEntry("target", "account:" + id));
    }

    @Test
    void aRoleThatDoesNotFitItsInstitutionOrOrganizationIs400() {
        var operator = ApiCalls.token(http, "operator");
        var token = logIn("citizen1655", ApiCalls.DEMO_PASSWORD);
        var path = "/api/v1/operator/accounts/" + id(token) + "/role";
        var local = institution("LOCAL");
        var partner = institution("PARTNER");
        for (var body : List.<Map<String, Object>>of(
                Map.of("role", "STAFF"),
                Map.of("role", "CITIZEN", "institutionId", local),
                Map.of("role", "PARTNER", "institutionId", local),
                Map.of("role", "STAFF", "institutionId", partner),
                Map.of("role", "STAFF", "institutionId", "999999999"),
                Map.of("role", "STAFF", "institutionId", "x1"),
                Map.of("role", "ORGANIZATION"),
                Map.of("role", "ORGANIZATION", "organizationId", "999999999"),
                Map.of("role", "KING"),
                Map.of("institutionId", local))) {
            var refused = put(path, operator, body)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody(JSON)
                    .returnResult()
                    .getResponseBody();
            assertThat(refused).as(body.toString()).containsEntry("code", "INVALID_REQUEST");
        }
        assertThat(put("/api/v1/operator/accounts/" + id(token) + "/status", operator, Map.of())
                        .expectStatus()
                        .isBadRequest()
                        .expectBody(JSON)
                        .returnResult()
                        .getResponseBody())
                .containsEntry("code", "INVALID_REQUEST");
        put("/api/v1/operator/accounts/999999999/status", operator, Map.of("enabled", false))
                .expectStatus()
                .isNotFound();
        assertThat(me(token)).as("nothing changed").isEqualTo(200);
        put(path, ApiCalls.token(http, "staff-suwon"), Map.of("role", "OPERATOR"))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anOperatorCannotDisableOrDemoteThemselves() {
        var operator = ApiCalls.token(http, "operator");
        var self = "/api/v1/operator/accounts/" + id(operator);
        for (var change : List.of(
                Map.entry(self + "/status", Map.<String, Object>of("enabled", false)),
                Map.entry(self + "/role", Map.<String, Object>of("role", "CITIZEN")))) {
            var refused = put(change.getKey(), operator, change.getValue())
                    .expectStatus()
                    .isEqualTo(HttpStatus.CONFLICT)
                    .expectBody(JSON)
                    .returnResult()
                    .getResponseBody();
            assertThat(refused).containsEntry("code", "OWN_ACCOUNT");
        }
        assertThat(me(operator)).isEqualTo(200);
    }

    /** What another node does is only in the database: the version is read there at every request, never cached. */
    @Test
    void aVersionChangedInTheDatabaseAloneEndsTheTokenAtOnce() {
        var token = logIn("citizen1656", ApiCalls.DEMO_PASSWORD);
        assertThat(me(token)).isEqualTo(200);
        jdbc.update("update account set credential_version = credential_version + 1 where username = ?", "citizen1656");
        assertThat(me(token)).isEqualTo(401);
        assertThat(me(logIn("citizen1656", ApiCalls.DEMO_PASSWORD))).isEqualTo(200);
        jdbc.update("update account set enabled = false where username = ?", "citizen1656");
        try {
            assertThat(logInCode("citizen1656", ApiCalls.DEMO_PASSWORD)).isEqualTo("BAD_CREDENTIALS");
        } finally {
            jdbc.update("update account set enabled = true where username = ?", "citizen1656");
        }
    }

    private String logIn(String username, String password) {
        return ApiCalls.logIn(http, username, password);
    }

    private @Nullable String logInCode(String username, String password) {
        var answer = ApiCalls.tokenRequest(http, username, password, "198.51.100.77")
                .expectStatus()
                .isUnauthorized()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return (String) answer.get("code");
    }

    private int me(String token) {
        return ApiCalls.status(http, "/api/v1/me", token);
    }

    private String id(String token) {
        return (String) ApiCalls.get(http, "/api/v1/me", token).get("id");
    }

    private RestTestClient.ResponseSpec put(String path, String token, Map<String, ?> body) {
        return http.put()
                .uri(path)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new HashMap<>(body))
                .exchange();
    }

    private int changePassword(String token, String current, String next) {
        return put("/api/v1/me/password", token, Map.of("currentPassword", current, "newPassword", next))
                .returnResult()
                .getStatus()
                .value();
    }

    private @Nullable String changePasswordCode(String token, Map<String, ?> body) {
        var answer = put("/api/v1/me/password", token, body)
                .expectStatus()
                .isBadRequest()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return (String) answer.get("code");
    }

    /** The id of the first institution of a kind. */
    @SuppressWarnings("unchecked")
    private String institution(String kind) {
        var page = ApiCalls.get(http, Map.of(), "/api/v1/institutions?kind={kind}", kind);
        return (String)
                ((List<Map<String, Object>>) page.get("items")).getFirst().get("id");
    }

    /** The token's claims, as the JSON of its payload. */
    private static String claims(String token) {
        var payload = token.substring("Bearer ".length()).split("\\.")[1];
        return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    /** Today's audit entries of one actor. */
    private List<Map<String, Object>> audit(String actor) {
        return http.get()
                .uri(
                        "/api/v1/operator/audit?from={d}&to={d}&actor={a}&size=100",
                        TestClock.today(),
                        TestClock.today(),
                        actor)
                .header("Authorization", ApiCalls.token(http, "operator"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
    }
}

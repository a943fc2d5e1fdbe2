package kr.gongyu.api.operator;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.JSON_LIST;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Period;
import java.util.List;
import java.util.Map;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.TestDatabase;
import kr.gongyu.identity.AuditEvent;
import kr.gongyu.identity.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The audit log: staff actions and personal-data reads recorded, shown to operators only, kept two years. */
@IntegrationTest
class AuditIT {

    @Autowired
    RestTestClient http;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAStaffActionWithWhoWhatWhenAndWhere() {
        var staff = token(http, "staff-chungnam");
        var rooms = http.get()
                .uri("/api/v1/admin/resources")
                .header("Authorization", staff)
                .exchange()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        var room = (String)
                ((List<Map<String, Object>>) rooms.get("items")).getFirst().get("id");

        post("/api/v1/admin/resources/" + room + "/unpublish", staff, HttpStatus.OK);
        http.get().uri("/api/v1/resources/" + room).exchange().expectStatus().isNotFound();
        post("/api/v1/admin/resources/" + room + "/publish", staff, HttpStatus.OK);
        http.get().uri("/api/v1/resources/" + room).exchange().expectStatus().isOk();

        var today = TestClock.today();
        var entries = audit("?from=" + today.minusDays(1) + "&to=" + today + "&actor=staff-chungnam");
        assertThat(entries)
                .filteredOn(e -> e.get("action").equals("POST /api/v1/admin/resources/{id}/unpublish"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry)
                            .containsEntry("actorUsername", "staff-chungnam")
                            .containsEntry("actorRole", "STAFF")
                            .containsEntry("target", "{id=" + room + "}")
                            .containsEntry("outcome", 200)
                            .containsKeys("occurredAt", "clientAddress", "institutionId");
                    assertThat((String) entry.get("clientAddress")).isNotBlank();
                });
        assertThat(entries)
                .anySatisfy(e -> assertThat(e.get("action")).isEqualTo("POST /api/v1/admin/resources/{id}/publish"));
    }

    @Test
    void recordsAnOperatorsReadOfSomeoneElsesPersonalData() {
        var operator = token(http, "operator");
        var citizens = http.get()
                .uri("/api/v1/operator/accounts?username=citizen00")
                .header("Authorization", operator)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        var first = ((List<Map<String, Object>>) citizens.get("items")).getFirst();
        assertThat((String) first.get("name")).as("lists mask names").contains("*");
        assertThat((String) first.get("phone")).as("lists mask phones").contains("****");

        var whole = http.get()
                .uri("/api/v1/operator/accounts/" + first.get("id"))
                .header("Authorization", operator)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat((String) whole.get("name")).doesNotContain("*");

        var today = TestClock.today();
        assertThat(audit("?from=" + today + "&to=" + today + "&actor=operator"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "GET /api/v1/operator/accounts/{id}")
                        .containsEntry("target", "{id=" + first.get("id") + "}"));
    }

    @Test
    void onlyOperatorsReadTheLog() {
        var today = TestClock.today();
        for (var user : List.of("citizen0100", "staff-suwon", "org-samcheok-kinder02")) {
            http.get()
                    .uri("/api/v1/operator/audit?from=" + today + "&to=" + today)
                    .header("Authorization", token(http, user))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        http.get()
                .uri("/api/v1/operator/audit?from=" + today + "&to=" + today.minusDays(1))
                .header("Authorization", token(http, "operator"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        http.get()
                .uri("/api/v1/operator/audit?from=yesterday&to=" + today)
                .header("Authorization", token(http, "operator"))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void keepsEntriesTwoYearsAndNoLonger() {
        var now = TestClock.now();
        // PostgreSQL's trigger judges "two years" by the database's own clock, the real one, which the test clock may
        // run ahead of: there the old entry is a year past the retention, on H2 a day.
        var pastRetention = TestDatabase.kind().equals("postgresql") ? Period.ofYears(1) : Period.ofDays(1);
        var old = now.atZone(Seoul.ZONE)
                .minus(AuditLog.RETENTION)
                .minus(pastRetention)
                .toInstant();
        var recent = now.atZone(Seoul.ZONE)
                .minus(AuditLog.RETENTION)
                .plus(Period.ofDays(1))
                .toInstant();
        auditLog.record(new AuditEvent(old, null, "retention-test", null, null, "OLD", null, 200, null));
        auditLog.record(new AuditEvent(recent, null, "retention-test", null, null, "RECENT", null, 200, null));

        auditLog.purgeExpired();

        assertThat(jdbc.sql("select action from audit_event where actor_username = 'retention-test'")
                        .query(String.class)
                        .list())
                .containsExactly("RECENT");
    }

    @Test
    void postgresqlItselfRefusesToChangeOrDropRecentEntries() {
        assumeTrue(
                TestDatabase.kind().equals("postgresql"),
                "the trigger is PostgreSQL's; on the embedded H2 the application alone keeps the log append-only");
        auditLog.record(new AuditEvent(TestClock.now(), null, "tamper-test", null, null, "ACT", null, 200, null));
        assertThatThrownBy(
                        () -> jdbc.sql("update audit_event set action = 'NOTHING' where actor_username = 'tamper-test'")
                                .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor_username = 'tamper-test'")
                        .update())
                .hasMessageContaining("two years");
    }

    private void post(String path, String authorization, HttpStatus expected) {
        http.post()
                .uri(path)
                .header("Authorization", authorization)
                .exchange()
                .expectStatus()
                .isEqualTo(expected);
    }

    private List<Map<String, Object>> audit(String query) {
        return http.get()
                .uri("/api/v1/operator/audit" + query)
                .header("Authorization", token(http, "operator"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON_LIST)
                .returnResult()
                .getResponseBody();
    }
}

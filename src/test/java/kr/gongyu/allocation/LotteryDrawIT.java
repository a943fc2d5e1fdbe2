package kr.gongyu.allocation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A round of 2,000 applicants, pools included, for 300 slots, drawn and then recomputed by {@code tools/verify-draw}
 * from the public record alone; a record with one public id or the secret altered fails the script. And the draw
 * the scheduler runs at the draw instant.
 */
@IntegrationTest
class LotteryDrawIT {

    @Autowired
    RestTestClient http;

    @Autowired
    Lotteries lotteries;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    record Citizen(AccountId id, String username) {}

    @Test
    void twoThousandApplicantsForThreeHundredSlotsGiveADrawTheScriptReproduces() throws Exception {
        var room = LotteryRounds.room(http);
        var first = TestClock.today().plusDays(10);
        var pools = new LinkedHashMap<String, Object>();
        pools.put("DISABLED", 0.1);
        pools.put("MULTI_CHILD", 0.1);
        pools.put("RESIDENT", 0.3);
        var round = LotteryRounds.create(http, room, LotteryRounds.round(first, first.plusDays(14), 3, pools));
        var id = (String) round.get("id");
        assertThat((List<?>) round.get("slots")).hasSize(300);
        assertThat((String) round.get("commitment")).hasSize(64);
        var lottery = Long.parseLong(id);

        var citizens = jdbc.sql("select id, username from account where username like 'citizen%' order by username")
                .query((rs, row) -> new Citizen(new AccountId(rs.getLong("id")), rs.getString("username")))
                .list();
        assertThat(citizens).hasSizeGreaterThanOrEqualTo(2000);
        var operator = token(http, "operator");
        http.put()
                .uri("/api/v1/operator/accounts/" + citizens.getFirst().id().value() + "/pools/DISABLED")
                .header("Authorization", operator)
                .exchange()
                .expectStatus()
                .isNoContent();
        var random = new Random(23);
        for (int n = 0; n < 2000; n++) {
            var citizen = citizens.get(n);
            var pool = switch (n % 10) {
                case 0 -> PriorityPool.DISABLED;
                case 1 -> PriorityPool.MULTI_CHILD;
                case 2, 3, 4 -> PriorityPool.RESIDENT;
                default -> null;
            };
            if (pool != null && n > 0) { // the first one the operator granted through the API
                lotteries.grantPool(citizen.id(), pool, citizens.getFirst().id());
            }
            // One to three of the 300 slots each: most applicants are turned away.
            var choices = new ArrayList<Map<String, Object>>();
            var wanted = 1 + random.nextInt(3);
            while (choices.size() < wanted) {
                var choice = LotteryRounds.slot(first.plusDays(random.nextInt(15)), random.nextInt(20));
                if (!choices.contains(choice)) {
                    choices.add(choice);
                }
            }
            if (n < 3) {
                var body = new HashMap<String, Object>();
                body.put("choices", choices);
                body.put("pool", pool == null ? null : pool.name());
                var applied = ApiCalls.post(
                        http,
                        "/api/v1/lotteries/" + id + "/applications",
                        token(http, citizen.username()),
                        body,
                        HttpStatus.CREATED);
                assertThat((String) applied.get("publicId")).hasSize(32);
            } else {
                lotteries.apply(
                        citizen.id(),
                        lottery,
                        choices.stream().map(LotteryDrawIT::time).toList(),
                        pool);
            }
        }
        var second = new HashMap<String, Object>();
        second.put("choices", List.of(LotteryRounds.slot(first, 12)));
        ApiCalls.post(
                http,
                "/api/v1/lotteries/" + id + "/applications",
                token(http, citizens.getFirst().username()),
                second,
                HttpStatus.CONFLICT);

        var open = ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + id);
        assertThat(open)
                .containsEntry("status", "OPEN")
                .containsEntry("secret", null)
                .containsEntry("listHash", null);
        assertThat((List<?>) open.get("applications")).isEmpty();
        assertThat(ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/draw", staff(), null, HttpStatus.CONFLICT))
                .containsEntry("code", "WINDOW_OPEN");

        TestClock.advance(LotteryRounds.WINDOW.plusMinutes(1));
        var closed = ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + id);
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("secret", null);
        assertThat((List<?>) closed.get("applications")).hasSize(2000);

        assertThat(ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/draw", staff(), null, HttpStatus.OK))
                .containsEntry("status", "DRAWN");
        var record = publicJson(id);
        var drawn = ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + id);
        assertThat(drawn).containsEntry("status", "DRAWN").containsEntry("listHash", closed.get("listHash"));
        @SuppressWarnings("unchecked")
        var applications = (List<Map<String, Object>>) drawn.get("applications");
        var won = applications.stream().filter(one -> one.get("won") != null).toList();
        assertThat(won).hasSizeBetween(250, 300);
        assertThat(new HashSet<>(won.stream().map(one -> one.get("won")).toList()))
                .hasSameSizeAs(won);
        assertThat(won.stream().filter(one -> "DISABLED".equals(one.get("pool"))))
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(applications.stream().filter(one -> one.get("won") == null)).isNotEmpty();
        assertThat(held(room)).as("each winner holds the slot won").isEqualTo(won.size());

        @SuppressWarnings("unchecked")
        var figures = (Map<String, Object>) drawn.get("figures");
        assertThat(figures)
                .containsEntry("slots", 300)
                .containsEntry("applications", 2000)
                .containsEntry("competitionRatio", 6.67)
                .containsEntry("winners", won.size())
                .containsEntry("refused", Map.of("ALREADY_APPLIED", 1));
        assertThat((List<?>) figures.get("pools"))
                .first()
                .isEqualTo(Map.of("name", "DISABLED", "applications", 200, "winners", (int) won.stream()
                        .filter(one -> "DISABLED".equals(one.get("pool")))
                        .count()));

        assertThat(verify(record)).as("the script on the public record").isZero();
        var publicId = (String) applications.get(1000).get("publicId");
        assertThat(verify(record.replace(publicId, "f".repeat(32))))
                .as("one public id altered")
                .isOne();
        var secret = (String) drawn.get("secret");
        var otherSecret = (secret.charAt(0) == '0' ? "1" : "0") + secret.substring(1);
        assertThat(verify(record.replace(secret, otherSecret)))
                .as("the secret altered")
                .isOne();

        // As if the node had died before the draw committed: the draw again gives the same record.
        jdbc.sql("update lottery_application set rank_key = null, won_start = null, won_end = null"
                        + " where lottery_id = :id")
                .param("id", lottery)
                .update();
        jdbc.sql("update lottery set status = 'SCHEDULED' where id = :id")
                .param("id", lottery)
                .update();
        ApiCalls.post(http, "/api/v1/admin/lotteries/" + id + "/draw", staff(), null, HttpStatus.OK);
        assertThat(publicJson(id)).as("drawn again: the same record").isEqualTo(record);
        assertThat(held(room)).as("and no winner offered the slot twice").isEqualTo(won.size());
        LotteryRounds.unpublish(http, room);
    }

    @Test
    void theSchedulerDrawsTheRoundAtItsDrawInstant() {
        var room = LotteryRounds.room(http);
        var day = TestClock.today().plusDays(30);
        var id = (String) LotteryRounds.create(http, room, LotteryRounds.round(day, day, 1, Map.of()))
                .get("id");
        ApiCalls.post(
                http,
                "/api/v1/lotteries/" + id + "/applications",
                token(http, "citizen1700"),
                Map.of("choices", List.of(LotteryRounds.slot(day, 10))),
                HttpStatus.CREATED);

        TestClock.advance(LotteryRounds.WINDOW.plusHours(1).plusMinutes(1));

        var drawn = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> ApiCalls.get(http, Map.of(), "/api/v1/lotteries/" + id),
                        record -> "DRAWN".equals(record.get("status")));
        @SuppressWarnings("unchecked")
        var applications = (List<Map<String, Object>>) drawn.get("applications");
        assertThat(applications)
                .singleElement()
                .satisfies(one -> assertThat(one.get("won")).isNotNull());
        LotteryRounds.unpublish(http, room);
    }

    private int held(String room) {
        return jdbc.sql("select count(*) from reservation where resource_id = :room and status = 'HELD'")
                .param("room", Long.parseLong(room))
                .query(Integer.class)
                .single();
    }

    /** The staff's token, issued again once the clock has moved past the last one's life. */
    private String staff() {
        return token(http, LotteryRounds.STAFF);
    }

    private String publicJson(String id) {
        return http.get()
                .uri("/api/v1/lotteries/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** Runs tools/verify-draw on the record; its exit code. */
    private int verify(String record) throws IOException, InterruptedException {
        var file = Files.createTempFile(files, "lottery", ".json");
        Files.writeString(file, record, StandardCharsets.UTF_8);
        var process = new ProcessBuilder("python3", "tools/verify-draw", file.toString())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        return process.waitFor();
    }

    private static SlotTime time(Map<String, Object> slot) {
        return new SlotTime(
                OffsetDateTime.parse((String) slot.get("start")).toInstant(),
                OffsetDateTime.parse((String) slot.get("end")).toInstant());
    }
}

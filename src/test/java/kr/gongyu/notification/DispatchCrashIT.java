package kr.gongyu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.TestSms;
import kr.gongyu.TestSms.Answer;
import kr.gongyu.notification.internal.NotificationStore;
import kr.gongyu.notification.internal.NotificationStore.NewNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender fails in the middle of a batch and comes back: every message is delivered exactly once by the provider
 * that takes an idempotency key. In one batch of eight text messages the provider takes three, takes the fourth but
 * never answers in time (the sender's view of a crash between sending and marking sent), and is down for the rest;
 * when it is back, the job's next runs send the rest and the fourth again with the same key, which the provider
 * refuses as taken. Email, whose server takes no key, is at least once (README, "Notifications").
 */
@IntegrationTest
class DispatchCrashIT {

    private static final int BATCH = 8;

    @Autowired
    NotificationStore store;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void providerBack() {
        TestSms.reset();
    }

    @Test
    void aBatchBrokenMidwayIsDeliveredOnceEachAfterTheRestart() {
        var account = jdbc.sql("select id from account where username = 'citizen1610'")
                .query(Long.class)
                .single();
        var run = TestClock.now().toEpochMilli();
        var keys = IntStream.rangeClosed(1, BATCH)
                .mapToObj(n -> "crash-test-%d-%d".formatted(run, n))
                .toList();
        TestSms.answerNext(
                request -> keys.contains(request.idempotencyKey()),
                List.of(Answer.OK, Answer.OK, Answer.OK, Answer.SLOW),
                Answer.UNAVAILABLE);
        // One transaction: the job finds the eight due together, in one batch.
        transaction.executeWithoutResult(status -> keys.forEach(key -> store.insert(
                new NewNotification(
                        account,
                        NotificationKind.NO_SHOW_RECORDED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        key,
                        "SKIPPED",
                        "PENDING",
                        List.of()),
                TestClock.now())));

        // The broken batch: every message tried once, three taken and answered, the fourth taken unanswered.
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsFor(keys).size() >= BATCH);
        assertThat(TestSms.taken().keySet().stream().filter(keys::contains)).hasSize(4);
        assertThat(keys.subList(0, 3)).allMatch(key -> status(key).equals("SENT"));
        assertThat(keys.subList(4, BATCH)).allMatch(key -> status(key).equals("PENDING"));
        TestSms.reset();

        // The next runs, with the provider back: all sent, each taken exactly once, the fourth sent twice by key.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> keys.stream().allMatch(key -> status(key).equals("SENT")));
        assertThat(TestSms.taken().keySet().stream().filter(keys::contains)).hasSize(BATCH);
        var requests = requestsFor(keys);
        assertThat(requests.stream().filter(key -> key.equals(keys.get(3)))).hasSize(2);
        assertThat(requests.stream().filter(key -> key.equals(keys.get(0)))).hasSize(1);
    }

    private List<String> requestsFor(List<String> keys) {
        return TestSms.requests().stream()
                .map(TestSms.Request::idempotencyKey)
                .filter(keys::contains)
                .toList();
    }

    private String status(String key) {
        return jdbc.sql("select sms_status from notification where idempotency_key = :key")
                .param("key", key)
                .query(String.class)
                .single();
    }
}

package kr.gongyu.schedule;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.TestDays;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.reservation.BookingNotices;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.schedule.RosterRefused.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Sejong's roster: residents sign up for a weekend shift, the shift staffed by its last volunteer opens the
 * facility's volunteer-only hours, and a volunteer withdrawing closes them and records that the bookers must
 * be told. Racing sign-ups never take more places than the shift has.
 */
@IntegrationTest
class VolunteerRosterIT {

    @Autowired
    RestTestClient http;

    @Autowired
    VolunteerRoster roster;

    @Autowired
    BookingNotices notices;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    /** A weekend the demo leaves unstaffed (it staffs every other one), with no holiday to close it anyway. */
    private final LocalDate weekendDay =
            TestDays.demoWeekendDay(false, TestClock.today().plusDays(1));

    @Test
    void theLastVolunteerOpensTheHoursAndAWithdrawalClosesThemAndRecordsTheBookersToTell() {
        var court = new ResourceId(Long.parseLong(ApiCalls.resourceNamed(http, "종촌동 복합커뮤니티센터 배드민턴장")));
        assertThat(hours(court, weekendDay)).isEmpty();
        var shift = roster.offer(court, time(weekendDay, 9, 13), 2);

        roster.signUp(shift.id(), account("citizen1972"), "김봉사");
        assertThat(hours(court, weekendDay)).as("one of two volunteers").isEmpty();
        var staffed = roster.signUp(shift.id(), account("citizen1973"), "이봉사");
        assertThat(staffed.staffed()).isTrue();
        assertThat(hours(court, weekendDay)).containsExactly(9, 10, 11, 12);

        var booker = token(http, "citizen1974");
        var booking = (String) ApiCalls.post(
                        http,
                        "/api/v1/reservations",
                        booker,
                        ApiCalls.booking(court.toString(), at(weekendDay, 10), at(weekendDay, 11), 1, null),
                        HttpStatus.CREATED)
                .get("id");

        assertThatThrownBy(() -> roster.signUp(shift.id(), account("citizen1975"), "박봉사"))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.FULL));
        assertThatThrownBy(() -> roster.withdraw(shift.id(), account("citizen1975")))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NOT_SIGNED_UP));

        roster.withdraw(shift.id(), account("citizen1972"));

        assertThat(hours(court, weekendDay)).isEmpty();
        assertThat(notices.recorded(court, time(weekendDay, 9, 13)))
                .extracting(BookingNotices.Notice::reservation, BookingNotices.Notice::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        new ReservationId(Long.parseLong(booking)), BookingNotices.Reason.VOLUNTEER_SHIFT_CANCELLED));
        assertThat(roster.shift(shift.id()).orElseThrow().volunteers())
                .extracting(VolunteerRoster.Volunteer::name)
                .containsExactly("이봉사");
    }

    @Test
    void racingVolunteersTakeExactlyThePlacesAShiftHas() throws Exception {
        var gym = new ResourceId(Long.parseLong(ApiCalls.resourceNamed(http, "한솔동 복합커뮤니티센터 체육관")));
        var shift = roster.offer(gym, time(weekendDay, 14, 18), 2);
        var racers = List.of("citizen1976", "citizen1977", "citizen1978", "citizen1979", "citizen1980", "citizen1981");
        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (var racer : racers) {
            var account = account(racer);
            attempts.add(() -> {
                start.await();
                try {
                    roster.signUp(shift.id(), account, racer);
                    return true;
                } catch (RosterRefused refused) {
                    assertThat(refused.reason()).isEqualTo(Reason.FULL);
                    return false;
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(racers.size())) {
            var results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            var signedUp = 0;
            for (var result : results) {
                signedUp += result.get() ? 1 : 0;
            }
            assertThat(signedUp).isEqualTo(2);
        }
        assertThat(roster.shift(shift.id()).orElseThrow().volunteers()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from volunteer_shift where need_id = :id")
                        .param("id", shift.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(hours(gym, weekendDay)).contains(14, 15, 16, 17);
    }

    @Test
    void aShiftInThePastOrTooLongOrWithNoPlacesIsNotOffered() {
        var gym = new ResourceId(Long.parseLong(ApiCalls.resourceNamed(http, "한솔동 복합커뮤니티센터 체육관")));
        var yesterday = TestClock.today().minusDays(1);
        assertThatThrownBy(() -> roster.offer(gym, time(yesterday, 9, 13), 1))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_TIME));
        assertThatThrownBy(() -> roster.offer(
                        gym,
                        new Interval(
                                time(weekendDay, 6, 7).start(),
                                time(weekendDay.plusDays(1), 7, 8).start()),
                        1))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_TIME));
        assertThatThrownBy(() -> roster.offer(gym, time(weekendDay, 9, 13), 0))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.INVALID_NEEDED));
        assertThatThrownBy(() -> roster.signUp(-1, account("citizen1982"), "없음"))
                .isInstanceOfSatisfying(
                        RosterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NO_SUCH_SHIFT));
    }

    private long account(String username) {
        return accounts.findByUsername(username).orElseThrow().id().value();
    }

    private static Interval time(LocalDate date, int from, int to) {
        return new Interval(
                date.atTime(from, 0).atZone(Seoul.ZONE).toInstant(),
                date.atTime(to, 0).atZone(Seoul.ZONE).toInstant());
    }

    private static String at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(Seoul.ZONE).toOffsetDateTime().toString();
    }

    private List<Integer> hours(ResourceId resource, LocalDate date) {
        return ApiCalls.hours(http, resource.toString(), date);
    }
}

package kr.gongyu.reservation;

import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import kr.gongyu.Seoul;
import kr.gongyu.TestClock;
import kr.gongyu.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * PostgreSQL's own guard, on its own: rows written straight into {@code reservation}, past the booking
 * transaction's row lock and its check, still never hold one space twice at once
 * ({@code reservation_space_no_overlap}, an {@code EXCLUDE USING gist} constraint). H2 has no such constraint.
 */
@IntegrationTest
class ExclusionConstraintIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesASecondBookingOverlappingASpacesFirst() {
        assumeTrue(TestDatabase.kind().equals("postgresql"), "the exclusion constraint exists on PostgreSQL only");
        var staff = token(http, "staff-eumseong");
        var room = Long.parseLong((String) ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        staff,
                        ResourceBodies.openEveryHour("제약 시험 회의실 " + UUID.randomUUID()),
                        HttpStatus.CREATED)
                .get("id"));
        var day = TestClock.today().plusDays(2);
        try {
            insert(room, day, 10, 11, true, "CONFIRMED");

            assertThatThrownBy(() -> insert(room, day, 10, 11, true, "CONFIRMED"))
                    .as("the same hour")
                    .isInstanceOfSatisfying(DataIntegrityViolationException.class, this::isTheExclusion);
            assertThatThrownBy(() -> insert(room, day, 9, 12, true, "HELD"))
                    .as("a held booking around it")
                    .isInstanceOfSatisfying(DataIntegrityViolationException.class, this::isTheExclusion);
            assertThatThrownBy(() -> insert(room, day, 10, 11, true, "CHECKED_IN"))
                    .isInstanceOfSatisfying(DataIntegrityViolationException.class, this::isTheExclusion);

            // What the constraint lets through: the next hour (ranges are half-open), time that is not held,
            // and units of a pool.
            insert(room, day, 11, 12, true, "CONFIRMED");
            insert(room, day, 10, 11, true, "CANCELLED");
            insert(room, day, 10, 11, true, "PENDING_APPROVAL");
            insert(room, day, 10, 11, false, "CONFIRMED");
            assertThat(jdbc.sql("select count(*) from reservation where resource_id = :room")
                            .param("room", room)
                            .query(Long.class)
                            .single())
                    .isEqualTo(5);
        } finally {
            jdbc.sql("delete from reservation where resource_id = :room")
                    .param("room", room)
                    .update();
            ApiCalls.post(http, "/api/v1/admin/resources/" + room + "/unpublish", staff, null, HttpStatus.OK);
        }
    }

    private void isTheExclusion(DataIntegrityViolationException refused) {
        var cause = refused.getMostSpecificCause();
        assertThat(cause).isInstanceOf(SQLException.class);
        assertThat(((SQLException) cause).getSQLState())
                .as("exclusion_violation")
                .isEqualTo("23P01");
        assertThat(cause.getMessage()).contains("reservation_space_no_overlap");
    }

    private void insert(long room, LocalDate day, int from, int to, boolean exclusive, String status) {
        jdbc.sql("""
                        insert into reservation (resource_id, account_id, starts_at, ends_at, units, exclusive, status,
                            created_at)
                        values (:room, (select id from account where username = 'citizen1150'), :start, :end, 1,
                            :exclusive, :status, :now)
                        """)
                .param("room", room)
                .param(
                        "start",
                        Timestamp.from(day.atTime(from, 0).atZone(Seoul.ZONE).toInstant()))
                .param(
                        "end",
                        Timestamp.from(day.atTime(to, 0).atZone(Seoul.ZONE).toInstant()))
                .param("exclusive", exclusive)
                .param("status", status)
                .param("now", Timestamp.from(TestClock.now()))
                .update();
    }
}

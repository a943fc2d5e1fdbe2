package kr.gongyu.notification.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.internal.NotificationStore.NewNotification;
import kr.gongyu.reservation.Reservations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's digest of requests waiting for their approval: one message an hour, not one each. At the top of each
 * hour (or the job's first run after it), each institution to which requests arrived in the hours since the last
 * digest has every one of its staff told of the requests waiting, the longest waiting first, with a link to the
 * console's approvals; an institution with nothing new is told nothing. The mark of what was covered moves in the
 * transaction that writes the messages, under a row lock, and each message's key names its hour, so no hour is
 * written twice.
 */
@Component
public class StaffDigest {

    private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);

    /** The most requests a digest lists; the console lists them all. */
    static final int MAX_LISTED = 20;

    private final DueMessageStore dueMessages;
    private final NotificationStore store;
    private final Reservations reservations;
    private final AccountDirectory accounts;
    private final Routing routing;
    private final Clock clock;

    StaffDigest(
            DueMessageStore dueMessages,
            NotificationStore store,
            Reservations reservations,
            AccountDirectory accounts,
            Routing routing,
            Clock clock) {
        this.dueMessages = dueMessages;
        this.store = store;
        this.reservations = reservations;
        this.accounts = accounts;
        this.routing = routing;
        this.clock = clock;
    }

    /** Writes this hour's digests if they are not written yet; how many messages it wrote. */
    @Transactional
    public int run() {
        var now = clock.instant();
        var hour = now.truncatedTo(ChronoUnit.HOURS);
        var covered = dueMessages.lockDigestMark();
        if (!covered.isBefore(hour)) {
            return 0;
        }
        var written = 0;
        for (var institution : reservations.withRequestsArrived(covered, hour)) {
            var waiting = reservations.awaitingApproval(institution, null, 0, MAX_LISTED).stream()
                    .filter(request -> request.createdAt().isBefore(hour))
                    .map(request -> request.id().value())
                    .toList();
            for (var staff : accounts.staffOf(institution)) {
                var delivery = routing.of(staff, NotificationKind.STAFF_DIGEST);
                var key = "staff-digest-%d-%d".formatted(staff.id().value(), hour.getEpochSecond());
                written += store.insert(
                                new NewNotification(
                                        staff.id().value(),
                                        NotificationKind.STAFF_DIGEST,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        0,
                                        key,
                                        delivery.email(),
                                        delivery.sms(),
                                        waiting),
                                now)
                        ? 1
                        : 0;
            }
        }
        dueMessages.moveDigestMark(hour);
        if (written > 0) {
            log.info("Wrote {} staff digests of requests waiting", written);
        }
        return written;
    }
}

package kr.gongyu.reservation;

import kr.gongyu.Seoul;
import kr.gongyu.institution.SharingAgreementEnded;
import kr.gongyu.institution.WhenAgreementEnds;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out what a sharing agreement says of the bookings left when it is ended early. It listens within the
 * ending's own transaction, so the agreement never ends without its bookings being handled.
 */
@Component
class AgreementEndings {

    /** What a booker is told when the agreement behind the booking ended. */
    static final String REASON = "공유협약이 종료되어 예약이 취소되었습니다. 전액 환불됩니다. (The sharing agreement ended.)";

    private final ReservationStore store;
    private final StaffReservations staff;

    AgreementEndings(ReservationStore store, StaffReservations staff) {
        this.store = store;
        this.staff = staff;
    }

    @EventListener
    void on(SharingAgreementEnded ended) {
        if (ended.onEnd() != WhenAgreementEnds.CANCEL_BOOKINGS || ended.sites().isEmpty()) {
            return;
        }
        var firstDayAfter = ended.lastDay().plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
        for (var booking : store.openAtSitesFrom(ended.sites(), firstDayAfter)) {
            staff.cancelForPublicNeed(booking, REASON);
        }
    }
}

package kr.gongyu.allocation.internal;

import java.time.Clock;
import kr.gongyu.allocation.LotteryRefused;
import kr.gongyu.allocation.LotteryRefused.Reason;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a round once: under the round's row lock, in one transaction with the winners' held bookings, so that the
 * scheduled task and an operator's "draw now" on any node take turns, and a crash mid-draw leaves nothing behind. The result is a pure function of
 * the stored round, so the rerun after a crash writes the same winners.
 */
@Component
public class LotteryDraw {

    private final LotteryStore store;
    private final LotteryOffers offers;
    private final Clock clock;

    LotteryDraw(LotteryStore store, LotteryOffers offers, Clock clock) {
        this.store = store;
        this.offers = offers;
        this.clock = clock;
    }

    /** Draws the round if it is due; refused while its window is open, and when cancelled. False: no such round. */
    @Transactional
    public boolean draw(long id) {
        var found = store.lock(id);
        if (found.isEmpty()) {
            return false;
        }
        var round = found.get();
        switch (round.status()) {
            case "DRAWN" -> {
                return true;
            }
            case "CANCELLED" -> throw new LotteryRefused(Reason.LOTTERY_CANCELLED);
            default -> {}
        }
        if (clock.instant().isBefore(round.applicationsClose())) {
            throw new LotteryRefused(Reason.WINDOW_OPEN);
        }
        var entries = store.applications(id).stream()
                .map(application -> new Draw.Entry(application.publicId(), application.pool(), application.choices()))
                .toList();
        store.recordDraw(Draw.draw(round.secret(), round.slots(), round.pools(), entries));
        store.setStatus(id, "DRAWN");
        offers.award(round);
        return true;
    }
}

package kr.gongyu.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public record of a round, from which {@code tools/verify-draw} recomputes the draw: no personal data. The
 * applications' public ids and the list hash once the window has closed; the secret, the seed and the rank keys
 * once drawn, the applications then in rank order; the fairness figures once the window has closed.
 */
public record LotteryRecord(
        long id,
        LotteryStatus status,
        List<SlotTime> slots,
        List<PoolShare> pools,
        String commitment,
        @Nullable String listHash,
        @Nullable String secret,
        @Nullable String seed,
        List<PublicApplication> applications,
        @Nullable Figures figures) {

    /**
     * The fairness figures, once the window has closed: slots, applications and their ratio, per pool the
     * applications and (once drawn) the winners, the winners' offers claimed and those passed on (not confirmed
     * in time, or let go) to the next applicant or the waitlist, and the applications refused by reason (a second
     * one, a pool not held, choices not of the round).
     */
    public record Figures(
            int slots,
            int applications,
            BigDecimal competitionRatio,
            List<PoolFigures> pools,
            int winners,
            int claimed,
            int passedOn,
            Map<String, Integer> refused) {}

    public record PoolFigures(PriorityPool pool, int applications, int winners) {}

    /** An application as the public record shows it. */
    public record PublicApplication(
            String publicId,
            @Nullable String rankKey,
            @Nullable PriorityPool pool,
            List<SlotTime> choices,
            @Nullable SlotTime won) {}
}

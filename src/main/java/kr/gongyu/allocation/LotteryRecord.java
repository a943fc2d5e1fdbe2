package kr.gongyu.allocation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public record of a round, from which {@code tools/verify-draw} recomputes the draw: no personal data. The
 * applications' public ids and the list hash once the window has closed; the secret, the seed and the rank keys
 * once drawn, the applications then in rank order.
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
        List<PublicApplication> applications) {

    /** An application as the public record shows it. */
    public record PublicApplication(
            String publicId,
            @Nullable String rankKey,
            @Nullable PriorityPool pool,
            List<SlotTime> choices,
            @Nullable SlotTime won) {}
}

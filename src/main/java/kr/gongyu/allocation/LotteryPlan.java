package kr.gongyu.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as staff plan it: the resource's open slots from {@code from} to {@code to} inclusive (taken from its
 * calendar when the round is created), the application window, the draw instant, how many slots an applicant may
 * rank, the priority pools in the order the draw serves them, the hours winners have to confirm, and when what is
 * left opens first-come.
 */
public record LotteryPlan(
        LocalDate from,
        LocalDate to,
        Instant applicationsOpen,
        Instant applicationsClose,
        Instant drawAt,
        int maxChoices,
        List<PoolShare> pools,
        int claimHours,
        Instant leftoverAt) {

    public LotteryPlan {
        pools = List.copyOf(pools);
    }
}

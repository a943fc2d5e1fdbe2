package kr.gongyu.allocation;

import java.time.Instant;
import java.util.List;
import kr.gongyu.catalog.ResourceId;

/** A round as its staff see it; the secret stays out of it. */
public record LotteryView(
        long id,
        ResourceId resource,
        LotteryStatus status,
        List<SlotTime> slots,
        List<PoolShare> pools,
        Instant applicationsOpen,
        Instant applicationsClose,
        Instant drawAt,
        int maxChoices,
        int claimHours,
        Instant leftoverAt,
        String commitment,
        int applications) {}

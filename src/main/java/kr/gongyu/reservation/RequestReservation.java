package kr.gongyu.reservation;

import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;

/** Command: an account asks to book a resource from {@code start} to {@code end}. */
public record RequestReservation(
        AccountId account,
        ResourceId resource,
        Instant start,
        Instant end,
        int units,
        @Nullable Integer headcount,
        @Nullable String purpose) {}

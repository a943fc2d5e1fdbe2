package kr.gongyu.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Command: an account asks to book a resource from {@code start} to {@code end}.
 *
 * @param organization the organisation the account books for (an eligible kindergarten), if any
 * @param hold whether to hold the time while the booker completes the booking, rather than book at once
 * @param idempotencyKey the client's key for this request: a retry with the same key gets the same booking
 * @param discounts the codes of the fee exemptions (감면) the booker claims, if any
 */
public record RequestReservation(
        AccountId account,
        ResourceId resource,
        Instant start,
        Instant end,
        int units,
        @Nullable Integer headcount,
        @Nullable String purpose,
        @Nullable Long organization,
        boolean hold,
        @Nullable String idempotencyKey,
        List<String> discounts) {

    public RequestReservation {
        discounts = List.copyOf(discounts);
    }

    /** A request that claims no fee exemption. */
    public RequestReservation(
            AccountId account,
            ResourceId resource,
            Instant start,
            Instant end,
            int units,
            @Nullable Integer headcount,
            @Nullable String purpose,
            @Nullable Long organization,
            boolean hold,
            @Nullable String idempotencyKey) {
        this(account, resource, start, end, units, headcount, purpose, organization, hold, idempotencyKey, List.of());
    }

    /**
     * The request moved by whole weeks: an occurrence of a weekly series. Each occurrence has its own key,
     * derived from the series', so that a retried series finds the bookings it made.
     */
    RequestReservation weeksLater(int weeks) {
        var shift = Duration.ofDays(7L * weeks);
        return new RequestReservation(
                account,
                resource,
                start.plus(shift),
                end.plus(shift),
                units,
                headcount,
                purpose,
                organization,
                false,
                idempotencyKey == null ? null : idempotencyKey + "#" + weeks,
                discounts);
    }

    /** What a retry must repeat to count as the same request: everything but the key. */
    String fingerprint() {
        var text = String.join(
                "|",
                resource.toString(),
                start.toString(),
                end.toString(),
                String.valueOf(units),
                String.valueOf(headcount),
                String.valueOf(purpose),
                String.valueOf(organization),
                String.valueOf(hold),
                String.join(",", discounts));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}

package kr.gongyu.reservation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.reservation.hold.*}: how long a hold keeps its time while the booker completes the booking.
 *
 * @param duration how long a hold lasts, and how much longer each extension makes it from the moment asked
 * @param maxExtensions how often one hold may be extended; KWCAG 2.2.1 asks that a time limit can be extended
 *     at least ten times, yet a hold must not keep a popular slot from others for ever
 * @param sweepInterval how often the job that ends expired holds runs; availability already ignores them
 */
@ConfigurationProperties("gongyu.reservation.hold")
public record HoldSettings(
        @DefaultValue("PT10M") Duration duration,
        @DefaultValue("10") int maxExtensions,
        @DefaultValue("PT30S") Duration sweepInterval) {}

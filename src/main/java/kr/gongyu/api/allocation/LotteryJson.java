package kr.gongyu.api.allocation;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kr.gongyu.Seoul;
import kr.gongyu.allocation.LotteryRecord;
import kr.gongyu.allocation.LotteryView;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.api.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The lottery API's JSON shapes, times in Seoul's offset as everywhere in the API. */
public final class LotteryJson {

    private LotteryJson() {}

    public record Slot(
            @NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {

        public static Slot of(SlotTime slot) {
            return new Slot(
                    slot.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                    slot.end().atZone(Seoul.ZONE).toOffsetDateTime());
        }

        static @Nullable Slot ofNullable(@Nullable SlotTime slot) {
            return slot == null ? null : of(slot);
        }

        /** The slot's time; a slot that does not end after it starts is no slot of any round. */
        public SlotTime time() {
            if (!end.isAfter(start)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_CHOICES");
            }
            return new SlotTime(start.toInstant(), end.toInstant());
        }
    }

    public record Pool(String name, BigDecimal share) {

        static Pool of(PoolShare pool) {
            return new Pool(pool.pool().name(), pool.share());
        }
    }

    /** A round as its staff see it. */
    public record Round(
            String id,
            String resourceId,
            String status,
            List<Slot> slots,
            List<Pool> pools,
            OffsetDateTime applicationsOpen,
            OffsetDateTime applicationsClose,
            OffsetDateTime drawAt,
            int maxChoices,
            int claimHours,
            OffsetDateTime leftoverAt,
            String commitment,
            int applications) {

        public static Round of(LotteryView round) {
            return new Round(
                    String.valueOf(round.id()),
                    String.valueOf(round.resource().value()),
                    round.status().name(),
                    round.slots().stream().map(Slot::of).toList(),
                    round.pools().stream().map(Pool::of).toList(),
                    seoul(round.applicationsOpen()),
                    seoul(round.applicationsClose()),
                    seoul(round.drawAt()),
                    round.maxChoices(),
                    round.claimHours(),
                    seoul(round.leftoverAt()),
                    round.commitment(),
                    round.applications());
        }
    }

    /** The public record, in issue 23's exact shape. */
    public record PublicRecord(
            String id,
            String status,
            List<Slot> slots,
            List<Pool> pools,
            String commitment,
            @Nullable String listHash,
            @Nullable String secret,
            @Nullable String seed,
            List<Application> applications,
            @Nullable Figures figures) {

        static PublicRecord of(LotteryRecord record) {
            var figures = record.figures();
            return new PublicRecord(
                    String.valueOf(record.id()),
                    record.status().name(),
                    record.slots().stream().map(Slot::of).toList(),
                    record.pools().stream().map(Pool::of).toList(),
                    record.commitment(),
                    record.listHash(),
                    record.secret(),
                    record.seed(),
                    record.applications().stream()
                            .map(one -> new Application(
                                    one.publicId(),
                                    one.rankKey(),
                                    one.pool() == null ? null : one.pool().name(),
                                    one.choices().stream().map(Slot::of).toList(),
                                    Slot.ofNullable(one.won())))
                            .toList(),
                    figures == null ? null : Figures.of(figures));
        }
    }

    /** The fairness figures of a round whose window has closed. */
    public record Figures(
            int slots,
            int applications,
            BigDecimal competitionRatio,
            List<PoolFigures> pools,
            int winners,
            int claimed,
            int passedOn,
            Map<String, Integer> refused) {

        static Figures of(LotteryRecord.Figures figures) {
            return new Figures(
                    figures.slots(),
                    figures.applications(),
                    figures.competitionRatio(),
                    figures.pools().stream()
                            .map(pool -> new PoolFigures(pool.pool().name(), pool.applications(), pool.winners()))
                            .toList(),
                    figures.winners(),
                    figures.claimed(),
                    figures.passedOn(),
                    figures.refused());
        }
    }

    public record PoolFigures(String name, int applications, int winners) {}

    public record Application(
            String publicId,
            @Nullable String rankKey,
            @Nullable String pool,
            List<Slot> choices,
            @Nullable Slot won) {}

    private static OffsetDateTime seoul(Instant instant) {
        return instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }
}

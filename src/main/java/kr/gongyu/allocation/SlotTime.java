package kr.gongyu.allocation;

import java.time.Instant;

/** One slot of a round: a choice of an application, or what it won. */
public record SlotTime(Instant start, Instant end) {

    public SlotTime {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }
}

package kr.gongyu.schedule;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One day of a resource's calendar: open with its slots, or closed with the reason. */
public record DayAvailability(
        LocalDate date, boolean open, @Nullable ClosedReason reason, List<Slot> slots) {

    public DayAvailability {
        slots = List.copyOf(slots);
    }

    static DayAvailability closed(LocalDate date, ClosedReason reason) {
        return new DayAvailability(date, false, reason, List.of());
    }
}

package kr.gongyu.api.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.ClosedReason;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.ResourceSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/resources/{id}/availability?from=DATE&to=DATE}: a resource's calendar, at most 62 days. */
@RestController
class AvailabilityController {

    static final int MAX_DAYS = 62;

    private final ResourceSchedules schedules;

    AvailabilityController(ResourceSchedules schedules) {
        this.schedules = schedules;
    }

    record SlotResponse(OffsetDateTime start, OffsetDateTime end, int remaining) {}

    record DayResponse(
            LocalDate date, boolean open, @Nullable ClosedReason reason, List<SlotResponse> slots) {

        static DayResponse of(DayAvailability day) {
            return new DayResponse(
                    day.date(),
                    day.open(),
                    contractReason(day.reason()),
                    day.slots().stream()
                            .map(slot -> new SlotResponse(
                                    slot.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                                    slot.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                                    slot.remaining()))
                            .toList());
        }
    }

    /**
     * API.md names four reasons; the days outside a partner's sharing agreement are, to a client, outside the
     * booking window.
     */
    private static @Nullable ClosedReason contractReason(@Nullable ClosedReason reason) {
        return reason == ClosedReason.OUTSIDE_AGREEMENT ? ClosedReason.OUTSIDE_WINDOW : reason;
    }

    record AvailabilityResponse(String resourceId, List<DayResponse> days) {}

    @GetMapping(path = "/api/v1/resources/{id}/availability", produces = MediaType.APPLICATION_JSON_VALUE)
    AvailabilityResponse availability(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.invalid("to", "problem.field.period", MAX_DAYS);
        }
        var days = Ids.parse(id)
                .map(ResourceId::new)
                .flatMap(resource -> schedules.calendar(resource, from, to))
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
        return new AvailabilityResponse(id, days.stream().map(DayResponse::of).toList());
    }
}

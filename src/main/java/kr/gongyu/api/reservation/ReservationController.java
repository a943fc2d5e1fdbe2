package kr.gongyu.api.reservation;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.api.reservation.ReservationResponses.ReservationResponse;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.Caller;
import kr.gongyu.notification.BookingCalendars;
import kr.gongyu.reservation.RequestReservation;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationSeries;
import kr.gongyu.reservation.Reservations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Booking, holding, reading and cancelling one's bookings (API.md, "Reservations"). */
@RestController
class ReservationController {

    /** Printable ASCII, as clients generate keys (UUIDs mostly); room is left for a series' "#week" suffix. */
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[!-~]{1,90}");

    private final Reservations reservations;
    private final ReservationSeries series;
    private final ResourceDirectory directory;
    private final ReservationResponses responses;
    private final BookingCalendars calendars;

    ReservationController(
            Reservations reservations,
            ReservationSeries series,
            ResourceDirectory directory,
            ReservationResponses responses,
            BookingCalendars calendars) {
        this.calendars = calendars;
        this.reservations = reservations;
        this.series = series;
        this.directory = directory;
        this.responses = responses;
    }

    /** {@code hold}: keep the time for the booker to complete (confirm) or extend, rather than book at once. */
    record ReservationRequest(
            @NotNull @Pattern(regexp = "\\d{1,18}") String resourceId,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Nullable @Min(1) @Max(10_000) Integer units,
            @Nullable @Min(1) @Max(100_000) Integer headcount,
            @Nullable @Size(max = 500) String purpose,
            @Nullable @Pattern(regexp = "\\d{1,18}") String organizationId,
            @Nullable Boolean hold,

            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = 10)
            List<@NotNull @Size(max = 30) String> discount) {}

    /** A weekly series: the first occurrence's time, and how many weeks in all. */
    record SeriesRequest(
            @NotNull @Pattern(regexp = "\\d{1,18}") String resourceId,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,

            @NotNull @Min(1) @Max(ReservationSeries.MAX_WEEKS)
            Integer weeks,

            @Nullable @Min(1) @Max(10_000) Integer units,
            @Nullable @Min(1) @Max(100_000) Integer headcount,
            @Nullable @Size(max = 500) String purpose,
            @Nullable @Pattern(regexp = "\\d{1,18}") String organizationId) {}

    record CompleteRequest(
            @Nullable @Min(1) @Max(100_000) Integer headcount,
            @Nullable @Size(max = 500) String purpose) {}

    record CancelRequest(@Nullable @Size(max = 500) String reason) {}

    /** The fee exemptions claimed for a hold: a code, a list, or none (null or empty) for the full price. */
    record DiscountRequest(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = 10)
            List<@NotNull @Size(max = 30) String> discount) {}

    record SkippedResponse(OffsetDateTime start, OffsetDateTime end, String code) {}

    record SeriesResponse(String seriesId, List<ReservationResponse> booked, List<SkippedResponse> skipped) {}

    /** 201 with the new booking; 200 with the earlier one when the idempotency key and body repeat a request. */
    @PostMapping(
            path = "/api/v1/reservations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReservationResponse> book(
            Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody ReservationRequest request) {
        var command = command(
                caller,
                request.resourceId(),
                request.start(),
                request.end(),
                request.units(),
                request.headcount(),
                request.purpose(),
                request.organizationId(),
                Boolean.TRUE.equals(request.hold()),
                idempotencyKey,
                request.discount());
        var booked = reservations
                .book(command)
                .orElseThrow(() -> ApiException.notFound("what.resource", request.resourceId()));
        var reservation = booked.reservation();
        // Written from what the booking's transaction read: once it committed, nothing here may need a connection,
        // or a pool busy at that moment would answer an error for a booking that was made.
        return ResponseEntity.status(booked.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/reservations/" + reservation.id()))
                .body(responses.of(reservation, booked.price()));
    }

    /** 201 if any occurrence was booked, else 200; each occurrence not booked is listed with its code. */
    @PostMapping(
            path = "/api/v1/reservations/series",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeriesResponse> bookSeries(
            Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody SeriesRequest request) {
        var first = command(
                caller,
                request.resourceId(),
                request.start(),
                request.end(),
                request.units(),
                request.headcount(),
                request.purpose(),
                request.organizationId(),
                false,
                idempotencyKey,
                null);
        var made = series.bookWeekly(first, request.weeks())
                .orElseThrow(() -> ApiException.notFound("what.resource", request.resourceId()));
        var body = new SeriesResponse(
                made.id(),
                made.booked().stream()
                        .map(booked -> responses.of(booked.reservation(), booked.price()))
                        .toList(),
                made.skipped().stream()
                        .map(skip -> new SkippedResponse(
                                skip.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                                skip.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                                skip.reason().name()))
                        .toList());
        return ResponseEntity.status(made.booked().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    private static RequestReservation command(
            Caller caller,
            String resourceId,
            OffsetDateTime start,
            OffsetDateTime end,
            @Nullable Integer units,
            @Nullable Integer headcount,
            @Nullable String purpose,
            @Nullable String organizationId,
            boolean hold,
            @Nullable String idempotencyKey,
            @Nullable List<String> discounts) {
        if (!end.isAfter(start)) {
            throw ApiException.invalid("end", "problem.field.entryEnd");
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ApiException.invalid("Idempotency-Key", "problem.field.idempotencyKey");
        }
        return new RequestReservation(
                caller.id(),
                new ResourceId(Long.parseLong(resourceId)),
                start.toInstant(),
                end.toInstant(),
                units == null ? 1 : units,
                headcount,
                purpose == null ? null : purpose.strip(),
                organizationId == null ? null : Long.parseLong(organizationId),
                hold,
                idempotencyKey,
                discounts == null
                        ? List.of()
                        : discounts.stream().map(String::strip).toList());
    }

    /** The owner's booking, or one of a resource of the staff member's institution; anyone else gets 404. */
    @GetMapping(path = "/api/v1/reservations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse get(Caller caller, @PathVariable String id) {
        return responses.of(visible(caller, id));
    }

    /** The booking's price and its breakdown, for the owner or the institution's staff; anyone else 404. */
    @GetMapping(path = "/api/v1/reservations/{id}/price", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponses.PriceResponse price(Caller caller, @PathVariable String id) {
        return responses.price(visible(caller, id));
    }

    private Reservation visible(Caller caller, String id) {
        return Ids.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()) || staffOf(caller, found))
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    /** The booking as an iCalendar file (RFC 5545), for the owner or the institution's staff; anyone else 404. */
    @GetMapping(path = "/api/v1/reservations/{id}/calendar.ics")
    ResponseEntity<String> calendar(Caller caller, @PathVariable String id) {
        var booking = visible(caller, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"reservation-" + booking.id().value() + ".ics\"")
                .body(calendars.ics(booking, LocaleContextHolder.getLocale()));
    }

    @GetMapping(path = "/api/v1/me/reservations", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<ReservationResponse> mine(Caller caller, @Valid Paging paging) {
        var items = reservations.of(caller.id(), paging.pageOrFirst(), paging.sizeOrDefault()).stream()
                .map(responses::of)
                .toList();
        return new PageResponse<>(
                items, reservations.countOf(caller.id()), paging.pageOrFirst(), paging.sizeOrDefault());
    }

    /** Completes a hold: CONFIRMED, or PENDING_APPROVAL for a resource whose staff approve. */
    @PostMapping(path = "/api/v1/reservations/{id}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse complete(
            Caller caller,
            @PathVariable String id,
            @Valid @RequestBody(required = false) @Nullable CompleteRequest request) {
        return Ids.parse(id)
                .flatMap(value -> reservations.completeHold(
                        new ReservationId(value),
                        caller.id(),
                        request == null ? null : request.headcount(),
                        request == null || request.purpose() == null
                                ? null
                                : request.purpose().strip()))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    /** Claims fee exemptions (감면) for a hold, or none: the hold is priced again; 409 once no longer held. */
    @PostMapping(
            path = "/api/v1/reservations/{id}/discount",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse claimDiscount(
            Caller caller, @PathVariable String id, @Valid @RequestBody DiscountRequest request) {
        var claimed = request.discount() == null
                ? List.<String>of()
                : request.discount().stream().map(String::strip).toList();
        return Ids.parse(id)
                .flatMap(value -> reservations
                        .claimDiscount(new ReservationId(value), caller.id(), claimed)
                        .flatMap(price -> reservations.find(new ReservationId(value))))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    /** Gives a hold its full time again from now, a limited number of times. */
    @PostMapping(path = "/api/v1/reservations/{id}/extend", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse extend(Caller caller, @PathVariable String id) {
        return Ids.parse(id)
                .flatMap(value -> reservations.extendHold(new ReservationId(value), caller.id()))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    @PostMapping(path = "/api/v1/reservations/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse cancel(
            Caller caller,
            @PathVariable String id,
            @Valid @RequestBody(required = false) @Nullable CancelRequest request) {
        var reason = request == null || request.reason() == null
                ? ""
                : request.reason().strip();
        return Ids.parse(id)
                .flatMap(value -> reservations.cancel(new ReservationId(value), caller.id(), reason))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    private boolean staffOf(Caller caller, Reservation reservation) {
        return caller.staffInstitution()
                .flatMap(institution -> directory.owner(reservation.resource()).filter(institution::equals))
                .isPresent();
    }
}

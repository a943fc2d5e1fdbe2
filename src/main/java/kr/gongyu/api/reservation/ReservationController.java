package kr.gongyu.api.reservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.Resources;
import kr.gongyu.identity.Caller;
import kr.gongyu.reservation.RequestReservation;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Booking, reading and cancelling one's bookings (API.md, "Reservations"). */
@RestController
class ReservationController {

    private final Reservations reservations;
    private final Resources resources;

    ReservationController(Reservations reservations, Resources resources) {
        this.reservations = reservations;
        this.resources = resources;
    }

    record ReservationRequest(
            @NotNull @Pattern(regexp = "\\d{1,18}") String resourceId,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Nullable @Min(1) @Max(10_000) Integer units,
            @Nullable @Min(1) @Max(100_000) Integer headcount,
            @Nullable @Size(max = 500) String purpose) {}

    record CancelRequest(@Nullable @Size(max = 500) String reason) {}

    record Refund(long amount, int percent) {}

    record ReservationResponse(
            String id,
            String resourceId,
            OffsetDateTime start,
            OffsetDateTime end,
            int units,
            ReservationStatus status,
            @Nullable Integer headcount,
            @Nullable String purpose,
            OffsetDateTime createdAt,
            @Nullable Refund refund) {}

    @PostMapping(
            path = "/api/v1/reservations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReservationResponse> book(Caller caller, @Valid @RequestBody ReservationRequest request) {
        if (!request.end().isAfter(request.start())) {
            throw ApiException.invalid("end", "problem.field.entryEnd");
        }
        var booked = reservations
                .book(new RequestReservation(
                        caller.id(),
                        new ResourceId(Long.parseLong(request.resourceId())),
                        request.start().toInstant(),
                        request.end().toInstant(),
                        request.units() == null ? 1 : request.units(),
                        request.headcount(),
                        request.purpose()))
                .orElseThrow(() -> ApiException.notFound("what.resource", request.resourceId()));
        return ResponseEntity.created(URI.create("/api/v1/reservations/" + booked.id()))
                .body(response(booked));
    }

    /** The owner's booking, or one of a resource of the staff member's institution; anyone else gets 404. */
    @GetMapping(path = "/api/v1/reservations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse get(Caller caller, @PathVariable String id) {
        return Ids.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()) || staffOf(caller, found))
                .map(this::response)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    @GetMapping(path = "/api/v1/me/reservations", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<ReservationResponse> mine(Caller caller, @Valid Paging paging) {
        var items = reservations.of(caller.id(), paging.pageOrFirst(), paging.sizeOrDefault()).stream()
                .map(this::response)
                .toList();
        return new PageResponse<>(
                items, reservations.countOf(caller.id()), paging.pageOrFirst(), paging.sizeOrDefault());
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
                .map(this::response)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    private boolean staffOf(Caller caller, Reservation reservation) {
        return caller.staffInstitution()
                .flatMap(institution -> resources
                        .findById(reservation.resource().value())
                        .filter(resource -> resource.institution().equals(institution)))
                .isPresent();
    }

    private ReservationResponse response(Reservation reservation) {
        Refund refund = null;
        if (reservation.refundPercent() != null) {
            var price = resources
                    .findById(reservation.resource().value())
                    .map(resource -> price(resource, reservation))
                    .orElse(0L);
            refund = new Refund(price * reservation.refundPercent() / 100, reservation.refundPercent());
        }
        return new ReservationResponse(
                reservation.id().toString(),
                reservation.resource().toString(),
                reservation.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                reservation.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                reservation.units(),
                reservation.status(),
                reservation.headcount(),
                reservation.purpose(),
                reservation.createdAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                refund);
    }

    /** What the booking cost by the resource's fee: per hour, per day, per session or per unit. */
    private static long price(Resource resource, Reservation reservation) {
        var fee = resource.fee();
        if (fee == null) {
            return 0;
        }
        var length = Duration.between(reservation.start(), reservation.end());
        var times = switch (fee.per()) {
            case HOUR -> Math.max(1, length.toHours());
            case DAY -> Math.max(1, (length.toHours() + 23) / 24);
            case SESSION -> 1;
            case UNIT -> reservation.units();
        };
        return fee.amount() * times;
    }
}

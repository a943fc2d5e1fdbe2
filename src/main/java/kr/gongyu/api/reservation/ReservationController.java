package kr.gongyu.api.reservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.api.reservation.ReservationResponses.ReservationResponse;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.Resources;
import kr.gongyu.identity.Caller;
import kr.gongyu.reservation.RequestReservation;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
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
    private final ReservationResponses responses;

    ReservationController(Reservations reservations, Resources resources, ReservationResponses responses) {
        this.reservations = reservations;
        this.resources = resources;
        this.responses = responses;
    }

    record ReservationRequest(
            @NotNull @Pattern(regexp = "\\d{1,18}") String resourceId,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Nullable @Min(1) @Max(10_000) Integer units,
            @Nullable @Min(1) @Max(100_000) Integer headcount,
            @Nullable @Size(max = 500) String purpose) {}

    record CancelRequest(@Nullable @Size(max = 500) String reason) {}

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
                .body(responses.of(booked));
    }

    /** The owner's booking, or one of a resource of the staff member's institution; anyone else gets 404. */
    @GetMapping(path = "/api/v1/reservations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse get(Caller caller, @PathVariable String id) {
        return Ids.parse(id)
                .flatMap(value -> reservations.find(new ReservationId(value)))
                .filter(found -> found.account().equals(caller.id()) || staffOf(caller, found))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    @GetMapping(path = "/api/v1/me/reservations", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<ReservationResponse> mine(Caller caller, @Valid Paging paging) {
        var items = reservations.of(caller.id(), paging.pageOrFirst(), paging.sizeOrDefault()).stream()
                .map(responses::of)
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
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    private boolean staffOf(Caller caller, Reservation reservation) {
        return caller.staffInstitution()
                .flatMap(institution -> resources
                        .findById(reservation.resource().value())
                        .filter(resource -> resource.institution().equals(institution)))
                .isPresent();
    }
}

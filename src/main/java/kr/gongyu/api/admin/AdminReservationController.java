package kr.gongyu.api.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.reservation.ReservationResponses;
import kr.gongyu.api.reservation.ReservationResponses.ReservationResponse;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.reservation.Reservations.InstitutionFilter;
import kr.gongyu.reservation.StaffReservations;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The institution's bookings: its staff's approval queue, cancellation for public need, check-in and no-shows
 * (API.md, "Institution console API").
 */
@RestController
@RequestMapping(path = "/api/v1/admin/reservations", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminReservationController {

    private final Reservations reservations;
    private final StaffReservations staff;
    private final ReservationResponses responses;
    private final Clock clock;

    AdminReservationController(
            Reservations reservations, StaffReservations staff, ReservationResponses responses, Clock clock) {
        this.reservations = reservations;
        this.staff = staff;
        this.responses = responses;
        this.clock = clock;
    }

    /** Why staff reject or cancel: the booker is told. */
    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    /** By start time; {@code from}/{@code to} default to the coming year, at most 500 a page. */
    @GetMapping
    PageResponse<ReservationResponse> list(
            StaffScope scope,
            @RequestParam(required = false) @Nullable ReservationStatus status,
            @RequestParam(required = false) @Nullable String resourceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        var institution = scope.institution();
        var start = from == null ? LocalDate.now(clock.withZone(Seoul.ZONE)).minusDays(1) : from;
        var end = to == null ? start.plusYears(1) : to;
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 400) {
            throw ApiException.invalid("to", "problem.field.period", 400);
        }
        var resource = resourceId == null
                ? null
                : Ids.parse(resourceId).map(ResourceId::new).orElse(new ResourceId(-1));
        var filter = new InstitutionFilter(
                institution,
                status,
                resource,
                start.atStartOfDay(Seoul.ZONE).toInstant(),
                end.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
        var items = reservations.ofInstitution(filter, page, size).stream()
                .map(responses::of)
                .toList();
        return new PageResponse<>(items, reservations.countOfInstitution(filter), page, size);
    }

    /** The approved booking, and the competing requests its approval rejected because they no longer fit. */
    record ApprovalResponse(@JsonUnwrapped ReservationResponse reservation, List<ReservationResponse> rejected) {}

    @PostMapping("/{id}/approve")
    ApprovalResponse approve(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> staff.approve(institution, new ReservationId(value)))
                .map(approval -> new ApprovalResponse(
                        responses.of(approval.approved()),
                        approval.rejected().stream().map(responses::of).toList()))
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }

    @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse reject(StaffScope scope, @PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return act(
                scope,
                id,
                (institution, reservation) ->
                        staff.reject(institution, reservation, request.reason().strip()));
    }

    /** Cancellation for public need: the booker is refunded in full. */
    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse cancel(StaffScope scope, @PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return act(
                scope,
                id,
                (institution, reservation) ->
                        staff.cancel(institution, reservation, request.reason().strip()));
    }

    /** Refuses the fee exemption (감면) the booker claimed: the price is full again, and the booker is told why. */
    @PostMapping(path = "/{id}/discount/refuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReservationResponse refuseDiscount(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody ReasonRequest request) {
        return act(
                scope,
                id,
                (institution, reservation) -> staff.refuseDiscount(
                        institution,
                        reservation,
                        request.reason().strip(),
                        scope.caller().id()));
    }

    @PostMapping("/{id}/check-in")
    ReservationResponse checkIn(StaffScope scope, @PathVariable String id) {
        return act(scope, id, staff::checkIn);
    }

    @PostMapping("/{id}/no-show")
    ReservationResponse noShow(StaffScope scope, @PathVariable String id) {
        return act(scope, id, staff::noShow);
    }

    private ReservationResponse act(
            StaffScope scope, String id, BiFunction<InstitutionId, ReservationId, Optional<Reservation>> action) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> action.apply(institution, new ReservationId(value)))
                .map(responses::of)
                .orElseThrow(() -> ApiException.notFound("what.reservation", id));
    }
}

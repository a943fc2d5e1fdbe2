package kr.gongyu.api.allocation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.allocation.WaitlistEntryView;
import kr.gongyu.allocation.WaitlistRefused;
import kr.gongyu.allocation.Waitlists;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in citizen's waitlists of taken slots: join, see the place in line and any offer, leave. */
@RestController
class WaitlistController {

    private final Waitlists waitlists;

    WaitlistController(Waitlists waitlists) {
        this.waitlists = waitlists;
    }

    record JoinRequest(
            @NotNull String resourceId,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end) {}

    /** An offer: the booking held for the citizen, to complete with {@code POST /api/v1/reservations/{id}/confirm}. */
    record Offer(String reservationId, @Nullable OffsetDateTime expiresAt) {}

    record Entry(
            String id,
            String resourceId,
            OffsetDateTime start,
            OffsetDateTime end,
            int position,
            @Nullable Offer offer) {

        static Entry of(WaitlistEntryView entry) {
            var offer = entry.offer();
            var expires = entry.offerExpiresAt();
            return new Entry(
                    String.valueOf(entry.id()),
                    String.valueOf(entry.resource().value()),
                    entry.slot().start().atZone(Seoul.ZONE).toOffsetDateTime(),
                    entry.slot().end().atZone(Seoul.ZONE).toOffsetDateTime(),
                    entry.position(),
                    offer == null
                            ? null
                            : new Offer(
                                    String.valueOf(offer.value()),
                                    expires == null
                                            ? null
                                            : expires.atZone(Seoul.ZONE).toOffsetDateTime()));
        }
    }

    @PostMapping(
            path = "/api/v1/reservations/waitlist",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Entry> join(Caller caller, @Valid @RequestBody JoinRequest request) {
        if (!request.end().isAfter(request.start())) {
            throw new WaitlistRefused(WaitlistRefused.Reason.NOT_A_SLOT);
        }
        var resource = Ids.parse(request.resourceId())
                .map(ResourceId::new)
                .orElseThrow(() -> ApiException.notFound("what.resource", request.resourceId()));
        var entry = waitlists
                .join(
                        caller.id(),
                        resource,
                        new SlotTime(request.start().toInstant(), request.end().toInstant()))
                .orElseThrow(() -> ApiException.notFound("what.resource", request.resourceId()));
        return ResponseEntity.created(URI.create("/api/v1/me/waitlist/" + entry.id()))
                .body(Entry.of(entry));
    }

    @GetMapping(path = "/api/v1/me/waitlist", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Entry> mine(Caller caller) {
        return waitlists.of(caller.id()).stream().map(Entry::of).toList();
    }

    @DeleteMapping("/api/v1/me/waitlist/{id}")
    ResponseEntity<Void> leave(Caller caller, @PathVariable String id) {
        var left = Ids.parse(id)
                .filter(entry -> waitlists.leave(caller.id(), entry))
                .isPresent();
        if (!left) {
            throw ApiException.notFound("what.waitlist", id);
        }
        return ResponseEntity.noContent().build();
    }
}

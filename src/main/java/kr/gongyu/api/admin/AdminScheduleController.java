package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.identity.Caller;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.ResourceSchedules.Entry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resource's internal-use blocks (the institution's own business comes first) and its volunteer shifts
 * (Sejong: staffed shifts open the volunteer-only windows), for the resource's own staff.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/resources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminScheduleController {

    private final ResourceManagement management;
    private final ResourceSchedules schedules;

    AdminScheduleController(ResourceManagement management, ResourceSchedules schedules) {
        this.management = management;
        this.schedules = schedules;
    }

    record EntryRequest(
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @NotBlank @Size(max = 50) String note) {}

    record EntryResponse(String id, OffsetDateTime start, OffsetDateTime end, String note) {

        static EntryResponse of(Entry entry) {
            return new EntryResponse(
                    String.valueOf(entry.id()),
                    entry.time().start().atZone(Seoul.ZONE).toOffsetDateTime(),
                    entry.time().end().atZone(Seoul.ZONE).toOffsetDateTime(),
                    entry.note());
        }
    }

    @GetMapping("/blocks")
    List<EntryResponse> blocks(
            Caller caller,
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedules.blocks(own(caller, id), span(from, to)).stream()
                .map(EntryResponse::of)
                .toList();
    }

    @PostMapping(path = "/blocks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryResponse> block(
            Caller caller, @PathVariable String id, @Valid @RequestBody EntryRequest request) {
        var entry =
                schedules.block(own(caller, id), time(request), request.note().strip());
        return ResponseEntity.created(URI.create("/api/v1/admin/resources/" + id + "/blocks/" + entry.id()))
                .body(EntryResponse.of(entry));
    }

    @DeleteMapping("/blocks/{entryId}")
    ResponseEntity<Void> unblock(Caller caller, @PathVariable String id, @PathVariable String entryId) {
        var resource = own(caller, id);
        var removed = Ids.parse(entryId)
                .filter(value -> schedules.unblock(resource, value))
                .isPresent();
        if (!removed) {
            throw ApiException.notFound("what.block", entryId);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/volunteer-shifts")
    List<EntryResponse> shifts(
            Caller caller,
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedules.shifts(own(caller, id), span(from, to)).stream()
                .map(EntryResponse::of)
                .toList();
    }

    @PostMapping(path = "/volunteer-shifts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryResponse> staff(
            Caller caller, @PathVariable String id, @Valid @RequestBody EntryRequest request) {
        var entry =
                schedules.staff(own(caller, id), time(request), request.note().strip());
        return ResponseEntity.created(URI.create("/api/v1/admin/resources/" + id + "/volunteer-shifts/" + entry.id()))
                .body(EntryResponse.of(entry));
    }

    @DeleteMapping("/volunteer-shifts/{entryId}")
    ResponseEntity<Void> unstaff(Caller caller, @PathVariable String id, @PathVariable String entryId) {
        var resource = own(caller, id);
        var removed = Ids.parse(entryId)
                .filter(value -> schedules.unstaff(resource, value))
                .isPresent();
        if (!removed) {
            throw ApiException.notFound("what.shift", entryId);
        }
        return ResponseEntity.noContent().build();
    }

    private ResourceId own(Caller caller, String id) {
        var institution = StaffScope.institutionOf(caller);
        return Ids.parse(id)
                .map(ResourceId::new)
                .filter(resource -> management.resource(institution, resource).isPresent())
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    private static Interval time(EntryRequest request) {
        if (!request.end().isAfter(request.start()) || ChronoUnit.DAYS.between(request.start(), request.end()) > 366) {
            throw ApiException.invalid("end", "problem.field.entryEnd");
        }
        return new Interval(request.start().toInstant(), request.end().toInstant());
    }

    private static Interval span(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw ApiException.invalid("to", "problem.field.period", 366);
        }
        return new Interval(
                from.atStartOfDay(Seoul.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
    }
}

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
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.http.StaffScope;
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

    /**
     * Blocks and volunteer shifts are kept alike (dated entries with a note, listed, added and removed the same
     * way), so each pair of endpoints below is one of these and the code that serves them is shared.
     */
    private record Entries(
            String path,
            String what,
            BiFunction<ResourceId, Interval, List<Entry>> list,
            Adding add,
            BiPredicate<ResourceId, Long> remove) {}

    private interface Adding {
        Entry add(ResourceId resource, Interval time, String note);
    }

    private Entries blocks() {
        return new Entries("blocks", "what.block", schedules::blocks, schedules::block, schedules::unblock);
    }

    private Entries shifts() {
        return new Entries("volunteer-shifts", "what.shift", schedules::shifts, schedules::staff, schedules::unstaff);
    }

    @GetMapping("/blocks")
    List<EntryResponse> blocks(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return list(blocks(), scope, id, from, to);
    }

    @PostMapping(path = "/blocks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryResponse> block(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody EntryRequest request) {
        return add(blocks(), scope, id, request);
    }

    @DeleteMapping("/blocks/{entryId}")
    ResponseEntity<Void> unblock(StaffScope scope, @PathVariable String id, @PathVariable String entryId) {
        return remove(blocks(), scope, id, entryId);
    }

    @GetMapping("/volunteer-shifts")
    List<EntryResponse> shifts(
            StaffScope scope,
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return list(shifts(), scope, id, from, to);
    }

    @PostMapping(path = "/volunteer-shifts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EntryResponse> staff(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody EntryRequest request) {
        return add(shifts(), scope, id, request);
    }

    @DeleteMapping("/volunteer-shifts/{entryId}")
    ResponseEntity<Void> unstaff(StaffScope scope, @PathVariable String id, @PathVariable String entryId) {
        return remove(shifts(), scope, id, entryId);
    }

    private List<EntryResponse> list(Entries entries, StaffScope scope, String id, LocalDate from, LocalDate to) {
        return entries.list().apply(own(scope, id), span(from, to)).stream()
                .map(EntryResponse::of)
                .toList();
    }

    private ResponseEntity<EntryResponse> add(Entries entries, StaffScope scope, String id, EntryRequest request) {
        var entry =
                entries.add().add(own(scope, id), time(request), request.note().strip());
        var location = "/api/v1/admin/resources/" + id + "/" + entries.path() + "/" + entry.id();
        return ResponseEntity.created(URI.create(location)).body(EntryResponse.of(entry));
    }

    private ResponseEntity<Void> remove(Entries entries, StaffScope scope, String id, String entryId) {
        var resource = own(scope, id);
        var removed = Ids.parse(entryId)
                .filter(value -> entries.remove().test(resource, value))
                .isPresent();
        if (!removed) {
            throw ApiException.notFound(entries.what(), entryId);
        }
        return ResponseEntity.noContent().build();
    }

    private ResourceId own(StaffScope scope, String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .map(ResourceId::new)
                .filter(resource -> management.owns(institution, resource))
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

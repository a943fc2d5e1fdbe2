package kr.gongyu.api.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kr.gongyu.Seoul;
import kr.gongyu.api.AccountDetails;
import kr.gongyu.api.AccountSummary;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.identity.AccountAccess;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.AuditEvent;
import kr.gongyu.identity.AuditLog;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.Role;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.schedule.Holidays;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator's view: the audit log, and accounts (masked in lists; one account in full, which the
 * audit log records like every operator call), which an operator disables, enables and gives roles.
 */
@RestController
@RequestMapping(path = "/api/v1/operator", produces = MediaType.APPLICATION_JSON_VALUE)
class OperatorController {

    private final AuditLog auditLog;
    private final AccountDirectory accounts;
    private final Holidays holidays;
    private final AccountAccess access;

    OperatorController(AuditLog auditLog, AccountDirectory accounts, Holidays holidays, AccountAccess access) {
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.holidays = holidays;
        this.access = access;
    }

    record HolidayRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 100) String name) {}

    record HolidayResponse(LocalDate date, String name) {}

    /** The public holidays of a year: computed by law, and those operators added. */
    @GetMapping("/holidays")
    List<HolidayResponse> holidays(@RequestParam @Min(1951) @Max(2099) int year) {
        return holidays.of(year).entrySet().stream()
                .map(entry -> new HolidayResponse(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Adds an election day or a one-off designated holiday (임시공휴일). */
    @PostMapping(path = "/holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HolidayResponse> addHoliday(@Valid @RequestBody HolidayRequest request) {
        holidays.add(request.date(), request.name().strip());
        return ResponseEntity.created(URI.create("/api/v1/operator/holidays/" + request.date()))
                .body(new HolidayResponse(request.date(), request.name().strip()));
    }

    @DeleteMapping("/holidays/{date}")
    ResponseEntity<Void> removeHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (!holidays.remove(date)) {
            throw ApiException.notFound("what.holiday", date.toString());
        }
        return ResponseEntity.noContent().build();
    }

    record AuditEventResponse(
            OffsetDateTime occurredAt,
            @Nullable String actorId,
            String actorUsername,
            @Nullable Role actorRole,
            @Nullable String institutionId,
            String action,
            @Nullable String target,
            int outcome,
            @Nullable String clientAddress) {

        static AuditEventResponse of(AuditEvent event) {
            return new AuditEventResponse(
                    event.occurredAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                    event.actor() == null ? null : event.actor().toString(),
                    event.actorUsername(),
                    event.actorRole(),
                    event.institution() == null ? null : event.institution().toString(),
                    event.action(),
                    event.target(),
                    event.outcome(),
                    event.clientAddress());
        }
    }

    /** Audit entries between two dates in Asia/Seoul (inclusive, at most 92 days), newest first. */
    @GetMapping("/audit")
    List<AuditEventResponse> audit(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 50) @Nullable String actor,
            @Valid Paging paging) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw ApiException.invalid("to", "problem.field.period", 92);
        }
        return auditLog
                .find(
                        from.atStartOfDay(Seoul.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant(),
                        actor,
                        paging.pageOrFirst(),
                        paging.sizeOrDefault())
                .stream()
                .map(AuditEventResponse::of)
                .toList();
    }

    @GetMapping("/accounts")
    PageResponse<AccountSummary> accounts(
            @RequestParam(defaultValue = "") @Size(max = 50) String username, @Valid Paging paging) {
        var page = accounts.findByUsernameStartingWith(
                username.strip(), PageRequest.of(paging.pageOrFirst(), paging.sizeOrDefault()));
        return new PageResponse<>(
                page.map(AccountSummary::of).getContent(),
                page.getTotalElements(),
                paging.pageOrFirst(),
                paging.sizeOrDefault());
    }

    @GetMapping("/accounts/{id}")
    AccountDetails account(@PathVariable String id) {
        return Ids.parse(id)
                .map(AccountId::new)
                .flatMap(accounts::find)
                .map(AccountDetails::of)
                .orElseThrow(() -> ApiException.notFound("what.account", id));
    }

    record StatusRequest(@NotNull Boolean enabled) {}

    /** Disables or enables another account: its tokens and sessions end at once, and a disabled one cannot log in. */
    @PutMapping(path = "/accounts/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountDetails status(
            Caller operator,
            @PathVariable String id,
            @Valid @RequestBody StatusRequest status,
            HttpServletRequest request) {
        return changed(id, account -> access.setEnabled(operator, account, status.enabled(), request.getRemoteAddr()));
    }

    record RoleRequest(
            @NotNull Role role,
            @Nullable @Pattern(regexp = "[0-9]{1,18}") String institutionId,
            @Nullable @Pattern(regexp = "[0-9]{1,18}") String organizationId) {}

    /**
     * Gives another account a new role, with the institution staff and partner staff act for or the organisation an
     * organisation account represents: its tokens and sessions end at once.
     */
    @PutMapping(path = "/accounts/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountDetails role(
            Caller operator,
            @PathVariable String id,
            @Valid @RequestBody RoleRequest role,
            HttpServletRequest request) {
        return changed(
                id,
                account -> access.changeRole(
                        operator,
                        account,
                        role.role(),
                        role.institutionId() == null ? null : new InstitutionId(Long.parseLong(role.institutionId())),
                        role.organizationId() == null ? null : Long.parseLong(role.organizationId()),
                        request.getRemoteAddr()));
    }

    private AccountDetails changed(String id, Function<AccountId, AccountView> change) {
        var account = Ids.parse(id).orElseThrow(() -> ApiException.notFound("what.account", id));
        try {
            return AccountDetails.of(change.apply(new AccountId(account)));
        } catch (AccountAccess.Refused refused) {
            throw switch (refused.reason()) {
                case NOT_FOUND -> ApiException.notFound("what.account", id);
                case OWN_ACCOUNT -> new ApiException(HttpStatus.CONFLICT, "OWN_ACCOUNT");
                case INVALID ->
                    ApiException.invalid(
                            Objects.requireNonNull(refused.field()), Objects.requireNonNull(refused.messageKey()));
            };
        }
    }
}

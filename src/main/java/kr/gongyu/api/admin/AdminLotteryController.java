package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.LotteryPlan;
import kr.gongyu.allocation.LotteryView;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.allocation.LotteryJson;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.http.StaffScope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lottery rounds of a resource, for the staff of its institution: create, read, cancel, and draw now. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminLotteryController {

    private final Lotteries lotteries;

    AdminLotteryController(Lotteries lotteries) {
        this.lotteries = lotteries;
    }

    record PoolRequest(
            @NotNull PriorityPool name,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal share) {}

    record RoundRequest(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @NotNull OffsetDateTime applicationsOpen,
            @NotNull OffsetDateTime applicationsClose,
            @NotNull OffsetDateTime drawAt,
            @NotNull @Min(1) @Max(5) Integer maxChoices,
            @NotNull @Size(max = 10) List<@Valid @NotNull PoolRequest> pools,
            @NotNull @Min(1) @Max(720) Integer claimHours,
            @NotNull OffsetDateTime leftoverAt) {}

    @PostMapping(path = "/resources/{id}/lotteries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LotteryJson.Round> create(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody RoundRequest request) {
        var institution = scope.institution();
        var resource = Ids.parse(id).map(ResourceId::new).orElseThrow(() -> ApiException.notFound("what.resource", id));
        var round = lotteries
                .create(institution, resource, plan(request))
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
        return ResponseEntity.created(URI.create("/api/v1/admin/lotteries/" + round.id()))
                .body(LotteryJson.Round.of(round));
    }

    @GetMapping("/lotteries/{id}")
    LotteryJson.Round round(StaffScope scope, @PathVariable String id) {
        return answer(id, lottery -> lotteries.round(scope.institution(), lottery));
    }

    @PostMapping("/lotteries/{id}/cancel")
    LotteryJson.Round cancel(StaffScope scope, @PathVariable String id) {
        return answer(id, lottery -> lotteries.cancel(scope.institution(), lottery));
    }

    /** Draws now, with the result the scheduled draw would give; for tests and operators who cannot wait. */
    @PostMapping("/lotteries/{id}/draw")
    LotteryJson.Round draw(StaffScope scope, @PathVariable String id) {
        return answer(id, lottery -> lotteries.drawNow(scope.institution(), lottery));
    }

    /** The round of the address after the action, or 404 when it is no round of the staff member's institution. */
    private static LotteryJson.Round answer(String id, Function<Long, Optional<LotteryView>> action) {
        return Ids.parse(id)
                .flatMap(action)
                .map(LotteryJson.Round::of)
                .orElseThrow(() -> ApiException.notFound("what.lottery", id));
    }

    /** The checks that span fields: the shares' precision here (a share is built only from a valid one), the rest the plan's. */
    private static LotteryPlan plan(RoundRequest request) {
        if (request.pools().stream()
                .anyMatch(pool -> pool.share().stripTrailingZeros().scale() > 4)) {
            throw ApiException.invalid("pools", "problem.field.lotteryPools");
        }
        var plan = new LotteryPlan(
                request.from(),
                request.to(),
                request.applicationsOpen().toInstant(),
                request.applicationsClose().toInstant(),
                request.drawAt().toInstant(),
                request.maxChoices(),
                request.pools().stream()
                        .map(pool -> new PoolShare(pool.name(), pool.share().stripTrailingZeros()))
                        .toList(),
                request.claimHours(),
                request.leftoverAt().toInstant());
        plan.mistake().ifPresent(field -> {
            throw switch (field) {
                case "to" -> ApiException.invalid("to", "problem.field.period", LotteryPlan.MAX_DAYS);
                case "pools" -> ApiException.invalid("pools", "problem.field.lotteryPools");
                default -> ApiException.invalid(field, "problem.field.lotteryOrder");
            };
        });
        return plan;
    }
}

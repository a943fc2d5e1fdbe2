package kr.gongyu.web.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.LotteryPlan;
import kr.gongyu.allocation.LotteryRefused;
import kr.gongyu.allocation.PoolShare;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.http.StaffScope;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resource's lottery rounds in the console: create one over a range of its calendar, watch the applications come
 * in, draw it now once the window has closed, or cancel it before the draw.
 */
@Controller
class ConsoleLotteries {

    private final Lotteries lotteries;
    private final ResourceManagement management;

    ConsoleLotteries(Lotteries lotteries, ResourceManagement management) {
        this.lotteries = lotteries;
        this.management = management;
    }

    /** The new round's form; times in Seoul, a pool's share blank when the round has no such pool. */
    record RoundForm(
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime applicationsOpen,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime applicationsClose,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime drawAt,

            @Nullable Integer maxChoices,
            @Nullable Integer claimHours,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime leftoverAt,

            @Nullable BigDecimal disabled,
            @Nullable BigDecimal multiChild,
            @Nullable BigDecimal resident,
            @Nullable BigDecimal nationalMerit) {

        /** The plan the form describes; empty when a field is missing or out of its range. */
        Optional<LotteryPlan> plan() {
            if (from == null
                    || to == null
                    || applicationsOpen == null
                    || applicationsClose == null
                    || drawAt == null
                    || leftoverAt == null
                    || maxChoices == null
                    || maxChoices < 1
                    || maxChoices > 5
                    || claimHours == null
                    || claimHours < 1
                    || claimHours > 720) {
                return Optional.empty();
            }
            var pools = new ArrayList<PoolShare>();
            try {
                add(pools, PriorityPool.DISABLED, disabled);
                add(pools, PriorityPool.MULTI_CHILD, multiChild);
                add(pools, PriorityPool.RESIDENT, resident);
                add(pools, PriorityPool.NATIONAL_MERIT, nationalMerit);
            } catch (IllegalArgumentException outOfRange) {
                return Optional.empty();
            }
            var plan = new LotteryPlan(
                    from,
                    to,
                    applicationsOpen.atZone(Seoul.ZONE).toInstant(),
                    applicationsClose.atZone(Seoul.ZONE).toInstant(),
                    drawAt.atZone(Seoul.ZONE).toInstant(),
                    maxChoices,
                    pools,
                    claimHours,
                    leftoverAt.atZone(Seoul.ZONE).toInstant());
            return plan.mistake().isPresent() ? Optional.empty() : Optional.of(plan);
        }

        private static void add(List<PoolShare> pools, PriorityPool pool, @Nullable BigDecimal share) {
            if (share != null) {
                pools.add(new PoolShare(pool, share));
            }
        }
    }

    @GetMapping("/console/resources/{id}/lotteries")
    String rounds(StaffScope scope, @PathVariable String id, Model model) {
        return page(scope, resourceId(id), model);
    }

    @PostMapping("/console/resources/{id}/lotteries")
    String create(
            StaffScope scope,
            @PathVariable String id,
            @ModelAttribute RoundForm form,
            Model model,
            RedirectAttributes flash) {
        var institution = scope.institution();
        var resource = resourceId(id);
        var plan = form.plan();
        if (plan.isEmpty()) {
            model.addAttribute("refusal", "console.lotteries.error");
            return page(scope, resource, model);
        }
        try {
            lotteries.create(institution, resource, plan.get()).orElseThrow(ConsoleLotteries::notFound);
        } catch (LotteryRefused refusal) {
            model.addAttribute("refusal", "problem." + refusal.reason().name() + ".detail");
            return page(scope, resource, model);
        }
        flash.addFlashAttribute("done", "console.lotteries.created");
        return "redirect:/console/resources/" + resource.value() + "/lotteries";
    }

    @PostMapping("/console/lotteries/{id}/draw")
    String draw(StaffScope scope, @PathVariable String id, RedirectAttributes flash) {
        var institution = scope.institution();
        var lottery = PathIds.parse(id).orElseThrow(ConsoleLotteries::notFound);
        try {
            var round = lotteries.drawNow(institution, lottery).orElseThrow(ConsoleLotteries::notFound);
            flash.addFlashAttribute("done", "console.lotteries.drawn");
            return "redirect:/console/resources/" + round.resource().value() + "/lotteries";
        } catch (LotteryRefused refusal) {
            var round = lotteries.round(institution, lottery).orElseThrow(ConsoleLotteries::notFound);
            flash.addFlashAttribute("failed", "problem." + refusal.reason().name() + ".detail");
            return "redirect:/console/resources/" + round.resource().value() + "/lotteries";
        }
    }

    @PostMapping("/console/lotteries/{id}/cancel")
    String cancel(StaffScope scope, @PathVariable String id, RedirectAttributes flash) {
        var institution = scope.institution();
        var lottery = PathIds.parse(id).orElseThrow(ConsoleLotteries::notFound);
        var round = lotteries.round(institution, lottery).orElseThrow(ConsoleLotteries::notFound);
        try {
            lotteries.cancel(institution, lottery);
            flash.addFlashAttribute("done", "console.lotteries.cancelled");
        } catch (LotteryRefused refusal) {
            flash.addFlashAttribute("failed", "problem." + refusal.reason().name() + ".detail");
        }
        return "redirect:/console/resources/" + round.resource().value() + "/lotteries";
    }

    private String page(StaffScope scope, ResourceId resource, Model model) {
        var institution = scope.institution();
        var found = management.resource(institution, resource).orElseThrow(ConsoleLotteries::notFound);
        model.addAttribute("resource", found);
        model.addAttribute(
                "rounds", lotteries.ofResource(institution, resource).orElseThrow(ConsoleLotteries::notFound));
        return "console/lotteries";
    }

    private static ResourceId resourceId(String id) {
        return PathIds.parse(id).map(ResourceId::new).orElseThrow(ConsoleLotteries::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

package kr.gongyu.web.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.LotteryApplicationView;
import kr.gongyu.allocation.LotteryRefused;
import kr.gongyu.allocation.LotteryStatus;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.identity.Caller;
import kr.gongyu.web.PageModel;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A lottery round's public page (its record, the fairness figures and how to check the draw), the applicant's form,
 * and one's applications with their results and the booking to confirm.
 */
@Controller
class LotteryPages {

    private final Lotteries lotteries;
    private final ResourceDirectory directory;
    private final MessageSource messages;

    LotteryPages(Lotteries lotteries, ResourceDirectory directory, MessageSource messages) {
        this.lotteries = lotteries;
        this.directory = directory;
        this.messages = messages;
    }

    /** The apply form: the slots chosen in order of preference (their index in the round, blank for none). */
    record ApplyForm(
            @Nullable List<String> choices, @Nullable PriorityPool pool) {}

    @GetMapping("/lotteries/{id}")
    String lottery(@PathVariable String id, Model model) {
        return page(lotteryId(id), model);
    }

    @PostMapping("/my/lotteries/{id}/applications")
    String apply(Caller caller, @PathVariable String id, @ModelAttribute ApplyForm form, Model model) {
        var lottery = lotteryId(id);
        var round = lotteries.forApplicants(lottery).orElseThrow(LotteryPages::notFound);
        var chosen = new ArrayList<SlotTime>();
        for (var choice : form.choices() == null ? List.<String>of() : form.choices()) {
            if (choice == null || choice.isBlank()) {
                continue;
            }
            var index = PathIds.parse(choice).filter(n -> n < round.slots().size());
            if (index.isEmpty()) {
                return refused(lottery, "INVALID_CHOICES", model);
            }
            chosen.add(round.slots().get(index.get().intValue()));
        }
        try {
            lotteries.apply(caller.id(), lottery, chosen, form.pool()).orElseThrow(LotteryPages::notFound);
        } catch (LotteryRefused refusal) {
            return refused(lottery, refusal.reason().name(), model);
        }
        return "redirect:/my/lotteries?applied=" + lottery;
    }

    /** One's applications, the latest first, with the slot won or passed on and its booking to confirm. */
    @GetMapping("/my/lotteries")
    String mine(Caller caller, Model model) {
        var applications = lotteries.applicationsOf(caller.id());
        var names =
                directory
                        .summaries(applications.stream()
                                .map(LotteryApplicationView::resource)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ResourceSummaryView::id, ResourceSummaryView::name));
        model.addAttribute("applications", applications);
        model.addAttribute("names", names);
        return "my-lotteries";
    }

    private String refused(long lottery, String code, Model model) {
        model.addAttribute("refusal", "problem." + code + ".detail");
        return page(lottery, model);
    }

    private String page(long lottery, Model model) {
        var record = lotteries.publicRecord(lottery).orElseThrow(LotteryPages::notFound);
        var round = lotteries.forApplicants(lottery).orElseThrow(LotteryPages::notFound);
        model.addAttribute("record", record);
        model.addAttribute("round", round);
        model.addAttribute("resource", directory.summary(round.resource()).orElse(null));
        model.addAttribute("open", record.status() == LotteryStatus.OPEN);
        model.addAttribute("drawn", record.status() == LotteryStatus.DRAWN);
        model.addAttribute(
                "choiceNumbers",
                IntStream.rangeClosed(1, round.maxChoices()).boxed().toList());
        model.addAttribute("signedIn", PageModel.current().isPresent());
        // The explanation in English as well on the Korean page: the issue asks for both, for anyone checking.
        model.addAttribute("howInEnglish", messages.getMessage("lottery.verify.how", null, Locale.ENGLISH));
        model.addAttribute(
                "recordUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/lotteries/{id}")
                        .buildAndExpand(lottery)
                        .toUriString());
        return "lottery";
    }

    private static long lotteryId(String id) {
        return PathIds.parse(id).orElseThrow(LotteryPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

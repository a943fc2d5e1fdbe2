package kr.gongyu.web.citizen;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.allocation.WaitlistEntryView;
import kr.gongyu.allocation.WaitlistRefused;
import kr.gongyu.allocation.Waitlists;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.identity.Caller;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** One's waitlists of taken slots: join from the resource's calendar, see the place and any offer, leave. */
@Controller
class MyWaitlistPages {

    private final Waitlists waitlists;
    private final ResourceDirectory directory;

    MyWaitlistPages(Waitlists waitlists, ResourceDirectory directory) {
        this.waitlists = waitlists;
        this.directory = directory;
    }

    /** The calendar's "join the waitlist" button: the slot of the resource. */
    record JoinForm(
            @Nullable String resourceId,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {}

    @GetMapping("/my/waitlist")
    String mine(Caller caller, Model model) {
        var entries = waitlists.of(caller.id());
        var names = directory
                .summaries(entries.stream()
                        .map(WaitlistEntryView::resource)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ResourceSummaryView::id, ResourceSummaryView::name));
        model.addAttribute("entries", entries);
        model.addAttribute("names", names);
        return "my-waitlist";
    }

    @PostMapping("/my/waitlist")
    String join(Caller caller, @ModelAttribute JoinForm form, Model model) {
        var resource = form.resourceId() == null
                ? null
                : PathIds.parse(form.resourceId()).map(ResourceId::new).orElse(null);
        if (resource == null || form.start() == null || form.end() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            if (!form.end().isAfter(form.start())) {
                throw new WaitlistRefused(WaitlistRefused.Reason.NOT_A_SLOT);
            }
            waitlists
                    .join(
                            caller.id(),
                            resource,
                            new SlotTime(form.start().toInstant(), form.end().toInstant()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (WaitlistRefused refusal) {
            model.addAttribute("refusal", "problem." + refusal.reason().name() + ".detail");
            return mine(caller, model);
        }
        return "redirect:/my/waitlist?joined";
    }

    @PostMapping("/my/waitlist/{id}/leave")
    String leave(Caller caller, @PathVariable String id) {
        PathIds.parse(id)
                .filter(entry -> waitlists.leave(caller.id(), entry))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/my/waitlist";
    }
}

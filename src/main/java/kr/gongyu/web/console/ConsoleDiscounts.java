package kr.gongyu.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gongyu.InvalidInput;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.Discount;
import kr.gongyu.reservation.DiscountCategory;
import kr.gongyu.reservation.DiscountTerms;
import kr.gongyu.reservation.Discounts;
import kr.gongyu.reservation.Discounts.WrittenDiscount;
import kr.gongyu.web.FormErrors;
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

/**
 * The fee exemptions (감면) staff offer: the institution's, the defaults of its resources, and a resource's own,
 * which replace them. One form for both: a row per standard category to tick, and rows for the institution's own.
 */
@Controller
class ConsoleDiscounts {

    /** Blank rows offered for the institution's own categories, beyond those it has. */
    private static final int NEW_OWN_ROWS = 2;

    private final Discounts discounts;
    private final ResourceDirectory directory;
    private final MessageSource messages;

    ConsoleDiscounts(Discounts discounts, ResourceDirectory directory, MessageSource messages) {
        this.discounts = discounts;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * One row of the form: a standard category ({@code standard}, offered if ticked) or one of the institution's
     * own (offered if it has a code or a name).
     */
    record Row(
            @Nullable String code,
            @Nullable String name,
            @Nullable String percent,
            @Nullable Boolean standard,
            @Nullable Boolean offered,
            @Nullable Boolean evidence) {

        // A box not ticked is not sent at all.
        public boolean isStandard() {
            return Boolean.TRUE.equals(standard);
        }

        public boolean isOffered() {
            return Boolean.TRUE.equals(offered);
        }

        public boolean needsEvidence() {
            return Boolean.TRUE.equals(evidence);
        }

        boolean written() {
            return isStandard() ? isOffered() : !(code == null || code.isBlank()) || !(name == null || name.isBlank());
        }
    }

    record TermsForm(@Nullable Boolean combine, @Nullable List<Row> rows) {

        public boolean combines() {
            return Boolean.TRUE.equals(combine);
        }
    }

    @GetMapping("/console/discounts")
    String institution(StaffScope scope, Model model) {
        var institution = scope.institution();
        return page(form(discounts.ofInstitution(institution)), null, false, Map.of(), model);
    }

    @PostMapping("/console/discounts")
    String saveInstitution(StaffScope scope, @ModelAttribute TermsForm form, Model model) {
        var institution = scope.institution();
        var errors = new FormErrors();
        var terms = checked(form, errors);
        if (terms == null) {
            return page(form, null, false, errors.in(messages), model);
        }
        discounts.replace(institution, terms);
        return "redirect:/console/discounts?saved";
    }

    @GetMapping("/console/resources/{id}/discounts")
    String resource(StaffScope scope, @PathVariable String id, Model model) {
        var institution = scope.institution();
        var resource = owned(institution, id);
        var terms = discounts.ofResource(institution, resource).orElseThrow();
        return page(form(terms), resource, terms.inherited(), Map.of(), model);
    }

    @PostMapping("/console/resources/{id}/discounts")
    String saveResource(StaffScope scope, @PathVariable String id, @ModelAttribute TermsForm form, Model model) {
        var institution = scope.institution();
        var resource = owned(institution, id);
        var errors = new FormErrors();
        var terms = checked(form, errors);
        if (terms == null) {
            return page(form, resource, false, errors.in(messages), model);
        }
        discounts.replace(institution, resource, terms);
        return "redirect:/console/resources/" + resource.value() + "/discounts?saved";
    }

    /** The resource takes the institution's terms again. */
    @PostMapping("/console/resources/{id}/discounts/inherit")
    String inherit(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        var resource = owned(institution, id);
        discounts.inherit(institution, resource);
        return "redirect:/console/resources/" + resource.value() + "/discounts?inherited";
    }

    private String page(
            TermsForm form, @Nullable ResourceId resource, boolean inherited, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "resource",
                resource == null ? null : directory.entries(List.of(resource)).getFirst());
        model.addAttribute("inherited", inherited);
        model.addAttribute("errors", errors);
        return "console/discounts";
    }

    /** The terms as rows: every standard category, ticked where offered, then the own ones and blank rows. */
    private static TermsForm form(DiscountTerms terms) {
        var rows = new ArrayList<Row>();
        for (var category : DiscountCategory.values()) {
            var offered = terms.find(category.name());
            rows.add(new Row(
                    category.name(),
                    offered.map(Discount::name).orElse(null),
                    offered.map(discount -> String.valueOf(discount.percent())).orElse(""),
                    true,
                    offered.isPresent(),
                    offered.map(Discount::evidenceRequired).orElse(false)));
        }
        for (var own : terms.discounts()) {
            if (!own.standard()) {
                rows.add(new Row(
                        own.code(), own.name(), String.valueOf(own.percent()), false, true, own.evidenceRequired()));
            }
        }
        for (int n = 0; n < NEW_OWN_ROWS; n++) {
            rows.add(new Row("", "", "", false, false, false));
        }
        return new TermsForm(terms.combine(), rows);
    }

    /** The terms the form writes, or null with each mistake beside its row's field. */
    private static @Nullable DiscountTerms checked(TermsForm form, FormErrors errors) {
        var rows = form.rows() == null ? List.<Row>of() : form.rows();
        var written = new ArrayList<WrittenDiscount>();
        var rowOf = new ArrayList<Integer>();
        for (int n = 0; n < rows.size(); n++) {
            var row = rows.get(n);
            if (row.written()) {
                written.add(new WrittenDiscount(row.code(), row.name(), percent(row.percent()), row.needsEvidence()));
                rowOf.add(n);
            }
        }
        try {
            return Discounts.written(form.combines(), written);
        } catch (InvalidInput invalid) {
            for (var mistake : invalid.mistakes()) {
                // discounts[2].percent: the third row written, which is the form's row rowOf[2].
                var index = Integer.parseInt(
                        mistake.field().substring(10, mistake.field().indexOf(']')));
                var field = mistake.field().substring(mistake.field().indexOf('.') + 1);
                errors.reject(
                        "rows-" + rowOf.get(index) + "-" + (field.equals("category") ? "code" : field),
                        mistake.code(),
                        mistake.arguments().toArray());
            }
            return null;
        }
    }

    private static @Nullable Integer percent(@Nullable String percent) {
        try {
            return percent == null ? null : Integer.valueOf(percent.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private ResourceId owned(InstitutionId institution, String id) {
        return PathIds.parse(id)
                .map(ResourceId::new)
                .filter(found ->
                        directory.owner(found).filter(institution::equals).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

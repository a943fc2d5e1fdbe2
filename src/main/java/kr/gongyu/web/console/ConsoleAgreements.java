package kr.gongyu.web.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.AgreementRefused;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.InstitutionView;
import kr.gongyu.institution.Institutions;
import kr.gongyu.institution.SharingAgreementView;
import kr.gongyu.institution.SharingAgreements;
import kr.gongyu.institution.WhenAgreementEnds;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sharing agreements in the console (Danyang): a local government records its agreements with private partners
 * (period, the partner's sites, terms, and what becomes of bookings if it ends early) and ends them; a partner
 * reads the agreements it opens its sites under.
 */
@Controller
class ConsoleAgreements {

    /** The most partners offered in the form: those of the local government's own province. */
    private static final int PARTNERS = 200;

    private final SharingAgreements agreements;
    private final Institutions institutions;
    private final ResourceManagement management;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock clock;

    ConsoleAgreements(
            SharingAgreements agreements,
            Institutions institutions,
            ResourceManagement management,
            TransactionTemplate transaction,
            MessageSource messages,
            Clock clock) {
        this.agreements = agreements;
        this.institutions = institutions;
        this.management = management;
        this.transaction = transaction;
        this.messages = messages;
        this.clock = clock;
    }

    /** An agreement as the list shows it, with its parties' and sites' names. */
    record Listed(
            SharingAgreementView agreement, String localGovernment, String partner, List<String> sites, String state) {}

    /**
     * What the form sent back, bound by name and kept as typed so a mistake never loses the rest: a field not sent is
     * empty (none of the sites when none is ticked), and text is taken without the spaces around it.
     */
    record AgreementForm(
            String partner,
            String startsOn,
            String endsOn,
            String terms,
            String onEnd,
            List<String> sites,
            String siteName,
            String siteAddress,
            String siteLat,
            String siteLng) {

        AgreementForm {
            partner = FormText.sent(partner);
            startsOn = FormText.typed(startsOn);
            endsOn = FormText.typed(endsOn);
            terms = FormText.typed(terms);
            onEnd = FormText.sent(onEnd);
            sites = sites == null ? List.of() : List.copyOf(sites);
            siteName = FormText.typed(siteName);
            siteAddress = FormText.typed(siteAddress);
            siteLat = FormText.typed(siteLat);
            siteLng = FormText.typed(siteLng);
        }
    }

    @GetMapping("/console/agreements")
    String list(StaffScope scope, @RequestParam(required = false) @Nullable Long recorded, Model model) {
        return listPage(scope, Map.of(), recorded, null, model);
    }

    @GetMapping("/console/agreements/new")
    String form(StaffScope scope, @RequestParam(required = false) @Nullable String partner, Model model) {
        var localGovernment = localGovernment(scope);
        var form = new AgreementForm(
                partner == null ? "" : partner,
                today().toString(),
                today().plusYears(3).minusDays(1).toString(),
                "",
                WhenAgreementEnds.KEEP_BOOKINGS.name(),
                List.of(),
                "",
                "",
                "",
                "");
        return formPage(localGovernment, form, Map.of(), model);
    }

    @PostMapping("/console/agreements")
    String record(StaffScope scope, @ModelAttribute AgreementForm form, Model model) {
        var localGovernment = localGovernment(scope);
        var errors = new FormErrors();
        var partnerInstitution = partnerOf(localGovernment, form.partner());
        if (partnerInstitution.isEmpty()) {
            errors.reject("partner", "console.agreement.error.partner");
            return formPage(localGovernment, form, errors.in(messages), model);
        }
        var start = date(form.startsOn(), "startsOn", errors);
        var end = date(form.endsOn(), "endsOn", errors);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            errors.reject("endsOn", "agreement.endsBeforeStart");
        }
        if (form.terms().length() > 2000) {
            errors.reject("terms", "console.agreement.error.terms");
        }
        var rule = Arrays.stream(WhenAgreementEnds.values())
                .filter(value -> value.name().equals(form.onEnd()))
                .findFirst();
        if (rule.isEmpty()) {
            errors.reject("onEnd", "console.agreement.error.onEnd");
        }
        var chosen = chosenSites(partnerInstitution.get(), form, errors);
        var newSite = newSite(form, errors);
        if (chosen.isEmpty() && !typesANewSite(form)) {
            errors.reject("sites", "agreement.noSites");
        }
        if (!errors.isEmpty()) {
            return formPage(localGovernment, form, errors.in(messages), model);
        }
        var partnerId = partnerInstitution.get().id();
        try {
            var agreement = transaction.execute(status -> {
                var covered = new HashSet<>(chosen);
                newSite.ifPresent(site -> covered.add(management
                        .createSite(
                                partnerId,
                                site.name(),
                                site.address(),
                                partnerInstitution.get().region(),
                                site.lat(),
                                site.lng())
                        .id()
                        .value()));
                return agreements.record(
                        localGovernment,
                        partnerId,
                        start.orElseThrow(),
                        end.orElseThrow(),
                        form.terms().isEmpty() ? null : form.terms(),
                        rule.get(),
                        covered);
            });
            return "redirect:/console/agreements?recorded=" + agreement.id();
        } catch (AgreementRefused refused) {
            errors.reject(refused.field(), refused.code());
            return formPage(localGovernment, form, errors.in(messages), model);
        }
    }

    @PostMapping("/console/agreements/{id}/end")
    String end(
            StaffScope scope, @PathVariable String id, @RequestParam(defaultValue = "") String lastDay, Model model) {
        var localGovernment = localGovernment(scope);
        var agreement = PathIds.parse(id)
                .flatMap(value -> agreements.of(localGovernment, value))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var errors = new FormErrors();
        var day = date(lastDay.strip(), "lastDay", errors);
        if (day.isPresent()) {
            try {
                agreements.endEarly(localGovernment, agreement.id(), day.get());
                return "redirect:/console/agreements?ended=" + agreement.id();
            } catch (AgreementRefused refused) {
                errors.reject("lastDay", refused.code());
            }
        }
        return listPage(scope, errors.in(messages), null, agreement.id(), model);
    }

    private String listPage(
            StaffScope scope, Map<String, String> errors, @Nullable Long recorded, @Nullable Long failed, Model model) {
        var institution = scope.institution();
        var own = agreements.of(institution);
        var names = institutionNames(own);
        var siteNames = new HashMap<Long, String>();
        own.stream()
                .map(SharingAgreementView::partner)
                .distinct()
                .forEach(partner -> management
                        .sites(partner)
                        .forEach(site -> siteNames.put(site.id().value(), site.name())));
        var today = today();
        model.addAttribute(
                "agreements",
                own.stream()
                        .map(agreement -> new Listed(
                                agreement,
                                names.getOrDefault(agreement.localGovernment().value(), ""),
                                names.getOrDefault(agreement.partner().value(), ""),
                                agreement.sites().stream()
                                        .map(site -> siteNames.getOrDefault(site, "#" + site))
                                        .sorted()
                                        .toList(),
                                state(agreement, today)))
                        .toList());
        model.addAttribute("isLocalGovernment", isLocalGovernment(institution));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("recorded", recorded);
        model.addAttribute("today", today);
        return "console/agreements";
    }

    private String formPage(
            InstitutionId localGovernment, AgreementForm form, Map<String, String> errors, Model model) {
        var partners = partnersNear(localGovernment);
        model.addAttribute("partners", partners);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "partnerSites",
                partnerOf(localGovernment, form.partner())
                        .map(partner -> management.sites(partner.id()))
                        .orElse(List.of()));
        model.addAttribute("rules", WhenAgreementEnds.values());
        return "console/agreement-form";
    }

    private static String state(SharingAgreementView agreement, LocalDate today) {
        if (today.isBefore(agreement.startsOn())) {
            return "upcoming";
        }
        if (today.isAfter(agreement.endsOn())) {
            return agreement.endedEarlyAt() != null ? "endedEarly" : "expired";
        }
        return agreement.endedEarlyAt() != null ? "ending" : "inForce";
    }

    private Map<Long, String> institutionNames(List<SharingAgreementView> own) {
        var ids = own.stream()
                .flatMap(agreement -> Stream.of(agreement.localGovernment(), agreement.partner()))
                .collect(Collectors.toSet());
        return institutions.find(ids).stream()
                .collect(Collectors.toMap(institution -> institution.id().value(), InstitutionView::name));
    }

    /** Only a local government records and ends agreements; a partner reads its own. */
    private InstitutionId localGovernment(StaffScope scope) {
        var institution = scope.institution();
        if (!isLocalGovernment(institution)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return institution;
    }

    private boolean isLocalGovernment(InstitutionId institution) {
        return institutions
                .find(institution)
                .filter(found -> found.kind() == InstitutionKind.LOCAL)
                .isPresent();
    }

    /** Partners in the local government's own 시·도, by name. */
    private List<InstitutionView> partnersNear(InstitutionId localGovernment) {
        var province = institutions
                .find(localGovernment)
                .orElseThrow()
                .region()
                .value()
                .substring(0, 2);
        return institutions.search(InstitutionKind.PARTNER, null, PageRequest.of(0, PARTNERS)).stream()
                .filter(partner -> partner.region().value().startsWith(province))
                .toList();
    }

    private Optional<InstitutionView> partnerOf(InstitutionId localGovernment, String id) {
        return PathIds.parse(id)
                .flatMap(value -> partnersNear(localGovernment).stream()
                        .filter(partner -> partner.id().value() == value)
                        .findFirst());
    }

    private Set<Long> chosenSites(InstitutionView partner, AgreementForm form, FormErrors errors) {
        var ids = new HashSet<Long>();
        for (var site : form.sites()) {
            var id = PathIds.parse(site).filter(value -> management.ownsSite(partner.id(), new SiteId(value)));
            if (id.isEmpty()) {
                errors.reject("sites", "console.agreement.error.site");
            } else {
                ids.add(id.get());
            }
        }
        return ids;
    }

    private record NewSite(String name, String address, double lat, double lng) {}

    /** The partner's new site, if the form names one: then its name, address and position are all needed. */
    private static Optional<NewSite> newSite(AgreementForm form, FormErrors errors) {
        if (!typesANewSite(form)) {
            return Optional.empty();
        }
        if (form.siteName().isEmpty() || form.siteName().length() > 200) {
            errors.reject("siteName", "console.agreement.error.siteName");
        }
        if (form.siteAddress().isEmpty() || form.siteAddress().length() > 300) {
            errors.reject("siteAddress", "console.agreement.error.siteAddress");
        }
        var lat = coordinate(form.siteLat(), 33, 39, "siteLat", errors);
        var lng = coordinate(form.siteLng(), 124, 132, "siteLng", errors);
        if (errors.has("siteName") || errors.has("siteAddress") || lat.isEmpty() || lng.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewSite(form.siteName(), form.siteAddress(), lat.get(), lng.get()));
    }

    private static boolean typesANewSite(AgreementForm form) {
        return !(form.siteName().isEmpty()
                && form.siteAddress().isEmpty()
                && form.siteLat().isEmpty()
                && form.siteLng().isEmpty());
    }

    /** A latitude or longitude inside Korea's bounds. */
    private static Optional<Double> coordinate(String text, double min, double max, String field, FormErrors errors) {
        try {
            var value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as any value out of bounds
        }
        errors.reject(field, "console.agreement.error.coordinate", min, max);
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String text, String field, FormErrors errors) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            errors.reject(field, "console.error.date");
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Seoul.ZONE));
    }
}

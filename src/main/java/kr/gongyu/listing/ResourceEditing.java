package kr.gongyu.listing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.ResourceDraft;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.Organizations;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.Regions;
import kr.gongyu.listing.EditResource.Limits;
import kr.gongyu.reservation.BookingPolicies;
import kr.gongyu.reservation.BookingPolicy;
import kr.gongyu.schedule.ResourceSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and revises a resource from what staff write (the console's pages and API): its catalogue entry, opening
 * rules and booking policy, in one transaction. Every mistake is found before anything is written, each naming its
 * field as the API's body does ({@code site.regionCode}, {@code openingRules.weekly[2].close}).
 */
@Service
public class ResourceEditing {

    private final ResourceManagement management;
    private final ResourceSchedules schedules;
    private final BookingPolicies policies;
    private final Regions regions;
    private final Organizations organizations;

    ResourceEditing(
            ResourceManagement management,
            ResourceSchedules schedules,
            BookingPolicies policies,
            Regions regions,
            Organizations organizations) {
        this.management = management;
        this.schedules = schedules;
        this.policies = policies;
        this.regions = regions;
        this.organizations = organizations;
    }

    /** One of the institution's resources as staff wrote it. */
    @Transactional(readOnly = true)
    public Optional<ResourceSettingsView> read(InstitutionId institution, ResourceId id) {
        return management.resource(institution, id).map(resource -> settings(institution, resource));
    }

    @Transactional
    public ResourceSettingsView create(InstitutionId institution, EditResource edit) {
        var checked = check(institution, edit);
        var resource = management.create(institution, draft(edit, checked.category(), siteFor(institution, edit)));
        schedules.setRules(resource.id(), edit.openingRules());
        policies.set(resource.id(), checked.policy());
        return settings(institution, resource);
    }

    @Transactional
    public Optional<ResourceSettingsView> revise(InstitutionId institution, ResourceId id, EditResource edit) {
        if (!management.owns(institution, id)) {
            return Optional.empty();
        }
        var checked = check(institution, edit);
        var resource = management.revise(institution, id, draft(edit, checked.category(), siteFor(institution, edit)));
        schedules.setRules(id, edit.openingRules());
        policies.set(id, checked.policy());
        return resource.map(revised -> settings(institution, revised));
    }

    private ResourceSettingsView settings(InstitutionId institution, ResourceEntryView resource) {
        return new ResourceSettingsView(
                resource,
                management.draft(institution, resource.id()).orElseThrow(),
                schedules.rulesOf(resource.id()).orElse(null),
                policies.of(resource.id()).orElseGet(BookingPolicy::lenient));
    }

    /** The chosen site, or the new one the command describes. */
    private SiteId siteFor(InstitutionId institution, EditResource edit) {
        if (edit.site() != null) {
            return edit.site();
        }
        var site = Objects.requireNonNull(edit.newSite());
        return management
                .createSite(institution, site.name(), site.address(), site.region(), site.lat(), site.lng())
                .id();
    }

    /** The category and booking policy the command describes, once every field is found right; else every mistake. */
    private Checked check(InstitutionId institution, EditResource edit) {
        var mistakes = new ArrayList<Mistake>();
        var site = edit.site();
        var newSite = edit.newSite();
        if ((site == null) == (newSite == null)) {
            mistakes.add(new Mistake("siteId", "mistake.resource.siteOrNewSite"));
        } else if (site != null) {
            if (!management.ownsSite(institution, site)) {
                mistakes.add(new Mistake("siteId", "mistake.resource.notYourSite"));
            }
        } else {
            text(mistakes, "site.name", newSite.name(), Limits.SITE_NAME, true);
            text(mistakes, "site.address", newSite.address(), Limits.SITE_ADDRESS, true);
            within(mistakes, "site.lat", newSite.lat(), Limits.LAT_MIN, Limits.LAT_MAX);
            within(mistakes, "site.lng", newSite.lng(), Limits.LNG_MIN, Limits.LNG_MAX);
            if (!regions.exists(newSite.region().value())) {
                mistakes.add(new Mistake("site.regionCode", "mistake.resource.regionCode"));
            }
        }
        text(mistakes, "name", edit.name(), Limits.NAME, true);
        var category = Category.of(edit.category());
        if (category.isEmpty()) {
            mistakes.add(new Mistake("category", "mistake.resource.category"));
        }
        within(mistakes, "capacity", edit.capacity(), 0, Limits.CAPACITY);
        within(mistakes, "quantity", edit.quantity(), 1, Limits.QUANTITY);
        if (edit.kind() == ResourceKind.SPACE && edit.quantity() != 1) {
            mistakes.add(new Mistake("quantity", "mistake.resource.quantity"));
        }
        var fee = edit.fee();
        if (edit.free() && fee != null) {
            mistakes.add(new Mistake("fee", "mistake.resource.fee"));
        }
        if (fee != null) {
            within(mistakes, "fee.amount", fee.amount(), 0, Limits.FEE);
            within(mistakes, "fee.nightPercent", fee.nightPercent(), 0, Limits.SURCHARGE_PERCENT);
            within(mistakes, "fee.weekendPercent", fee.weekendPercent(), 0, Limits.SURCHARGE_PERCENT);
            within(mistakes, "fee.holidayPercent", fee.holidayPercent(), 0, Limits.SURCHARGE_PERCENT);
            within(mistakes, "fee.deposit", fee.deposit(), 0, Limits.FEE);
        }
        checkEligibility(mistakes, edit);
        within(mistakes, "quota.maxActivePerUser", edit.maxActivePerUser(), 1, Limits.QUOTA);
        within(mistakes, "quota.maxPerUserPerMonth", edit.maxPerUserPerMonth(), 1, Limits.QUOTA);
        within(
                mistakes,
                "cancellation.paymentDeadlineHours",
                edit.paymentDeadlineHours(),
                1,
                Limits.PAYMENT_DEADLINE_HOURS);
        within(mistakes, "cancellation.waitlistClaimHours", edit.waitlistClaimHours(), 1, Limits.WAITLIST_CLAIM_HOURS);
        text(mistakes, "description", edit.description(), Limits.DESCRIPTION, false);
        text(mistakes, "rules", edit.rules(), Limits.RULES, false);
        text(mistakes, "contactPhone", edit.contactPhone(), Limits.CONTACT_PHONE, false);
        if (edit.areaM2() != null) {
            within(mistakes, "areaM2", edit.areaM2(), Limits.AREA_MIN, Limits.AREA_MAX);
        }
        if (edit.amenities().size() > Limits.AMENITIES) {
            mistakes.add(new Mistake("amenities", "mistake.resource.limits"));
        }
        for (int n = 0; n < edit.amenities().size(); n++) {
            text(mistakes, "amenities[" + n + "]", edit.amenities().get(n), Limits.AMENITY, true);
        }
        try {
            edit.openingRules().toRules();
        } catch (InvalidInput invalid) {
            invalid.mistakes().forEach(m -> mistakes.add(m.below("openingRules")));
        }
        var refunds = edit.refundPercentByDaysBefore();
        if (refunds != null
                && refunds.entrySet().stream()
                        .anyMatch(refund -> refund.getKey() < 0 || refund.getValue() < 0 || refund.getValue() > 100)) {
            mistakes.add(new Mistake("cancellation.refundPercentByDaysBefore", "mistake.resource.refunds"));
        }
        if (!mistakes.isEmpty()) {
            throw new InvalidInput(mistakes);
        }
        return new Checked(category.orElseThrow(), policy(edit));
    }

    /** What the checks found the command to mean. */
    private record Checked(Category category, BookingPolicy policy) {}

    private void checkEligibility(List<Mistake> mistakes, EditResource edit) {
        var type = edit.eligibility();
        var region = edit.eligibleRegion();
        if ((type == EligibilityType.RESIDENTS) != (region != null)) {
            mistakes.add(new Mistake("eligibility.regionCode", "mistake.resource.residentsRegion"));
        } else if (region != null && !regions.exists(region.value())) {
            mistakes.add(new Mistake("eligibility.regionCode", "mistake.resource.regionCode"));
        }
        var ids = edit.eligibleOrganizations();
        var types = edit.eligibleOrganizationTypes();
        if (type == EligibilityType.ORGANIZATIONS && ids.isEmpty() && types.isEmpty()) {
            mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationsNone"));
        } else if (type != EligibilityType.ORGANIZATIONS && !(ids.isEmpty() && types.isEmpty())) {
            mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationsOnly"));
        } else if (type == EligibilityType.ORGANIZATIONS && !organizations.allExist(ids)) {
            mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationUnknown"));
        }
    }

    /** A text that must not be longer than {@code max} characters (nor blank, when {@code required}). */
    private static void text(List<Mistake> mistakes, String field, @Nullable String text, int max, boolean required) {
        if (text == null ? required : (required && text.isBlank()) || text.length() > max) {
            mistakes.add(new Mistake(field, "mistake.resource.limits"));
        }
    }

    private static void within(List<Mistake> mistakes, String field, @Nullable Number number, long min, long max) {
        if (number != null && (number.longValue() < min || number.longValue() > max)) {
            mistakes.add(new Mistake(field, "mistake.resource.limits"));
        }
    }

    private static void within(List<Mistake> mistakes, String field, double number, String min, String max) {
        var value = BigDecimal.valueOf(number);
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            mistakes.add(new Mistake(field, "mistake.resource.limits"));
        }
    }

    private static BookingPolicy policy(EditResource edit) {
        var refunds = new TreeMap<Integer, Integer>();
        if (edit.refundPercentByDaysBefore() == null) {
            refunds.put(0, 100);
        } else {
            refunds.putAll(edit.refundPercentByDaysBefore());
        }
        return new BookingPolicy(
                edit.maxActivePerUser(),
                edit.maxPerUserPerMonth(),
                refunds,
                edit.eligibleOrganizationTypes(),
                edit.paymentDeadlineHours() == null
                        ? BookingPolicy.DEFAULT_PAYMENT_DEADLINE_HOURS
                        : edit.paymentDeadlineHours(),
                edit.waitlistClaimHours() == null
                        ? BookingPolicy.DEFAULT_WAITLIST_CLAIM_HOURS
                        : edit.waitlistClaimHours());
    }

    private static ResourceDraft draft(EditResource edit, Category category, SiteId site) {
        return new ResourceDraft(
                site,
                edit.name().strip(),
                category,
                edit.kind(),
                edit.capacity(),
                edit.quantity(),
                edit.areaM2(),
                edit.description(),
                edit.rules(),
                edit.contactPhone(),
                edit.free(),
                edit.fee(),
                edit.confirmation(),
                edit.eligibility(),
                edit.eligibleRegion(),
                new HashSet<>(edit.eligibleOrganizations()),
                new HashSet<>(edit.amenities()),
                new HashSet<>(edit.accessibility()));
    }
}

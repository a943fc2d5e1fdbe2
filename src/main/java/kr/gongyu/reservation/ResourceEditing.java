package kr.gongyu.reservation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.ResourceDraft;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.identity.Organizations;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.Regions;
import kr.gongyu.schedule.ResourceSchedules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and revises a resource from what staff write (the console's pages and API): its catalogue entry, opening rules and booking
 * policy, in one transaction. Every mistake is found before anything is written, each naming its field.
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

    /** One of the institution's resources as staff wrote it; read in a transaction, collections and all. */
    @Transactional(readOnly = true)
    public Optional<ResourceSettingsView> read(InstitutionId institution, ResourceId id) {
        return management.resource(institution, id).map(this::details);
    }

    @Transactional
    public ResourceSettingsView create(InstitutionId institution, ResourceRequest request) {
        var checked = check(institution, request);
        var site = siteFor(institution, request, checked);
        var resource = management.create(institution, draft(request, site, checked));
        schedules.setRules(resource.id(), request.openingRules());
        policies.set(resource.id(), checked.policy());
        return details(resource);
    }

    @Transactional
    public Optional<ResourceSettingsView> revise(InstitutionId institution, ResourceId id, ResourceRequest request) {
        if (management.resource(institution, id).isEmpty()) {
            return Optional.empty();
        }
        var checked = check(institution, request);
        var site = siteFor(institution, request, checked);
        var resource = management.revise(institution, id, draft(request, site, checked));
        schedules.setRules(id, request.openingRules());
        policies.set(id, checked.policy());
        return resource.map(this::details);
    }

    private ResourceSettingsView details(Resource resource) {
        return ResourceSettingsView.of(
                resource,
                schedules.rulesOf(resource.id()).orElse(null),
                policies.of(resource.id()).orElseGet(BookingPolicy::lenient));
    }

    /** The chosen site, or the new one the request describes. */
    private SiteId siteFor(InstitutionId institution, ResourceRequest request, Checked checked) {
        if (checked.site() != null) {
            return checked.site();
        }
        var site = request.site();
        return management
                .createSite(
                        institution,
                        site.name(),
                        site.address(),
                        new RegionCode(site.regionCode()),
                        site.lat(),
                        site.lng())
                .id();
    }

    private record Checked(@Nullable SiteId site, Category category, BookingPolicy policy) {}

    private Checked check(InstitutionId institution, ResourceRequest request) {
        var mistakes = new ArrayList<Mistake>();
        @Nullable SiteId site = null;
        if ((request.siteId() == null) == (request.site() == null)) {
            mistakes.add(new Mistake("siteId", "mistake.resource.siteOrNewSite"));
        } else if (request.siteId() != null) {
            site = new SiteId(Long.parseLong(request.siteId()));
            if (!management.ownsSite(institution, site)) {
                mistakes.add(new Mistake("siteId", "mistake.resource.notYourSite"));
            }
        } else if (!regions.exists(request.site().regionCode())) {
            mistakes.add(new Mistake("site.regionCode", "mistake.resource.regionCode"));
        }
        var category = Category.of(request.category());
        if (category.isEmpty()) {
            mistakes.add(new Mistake("category", "mistake.resource.category"));
        }
        if (request.kind() == ResourceKind.SPACE && request.quantity() != 1) {
            mistakes.add(new Mistake("quantity", "mistake.resource.quantity"));
        }
        if (request.free() && request.fee() != null) {
            mistakes.add(new Mistake("fee", "mistake.resource.fee"));
        }
        var eligibility = request.eligibility();
        if (eligibility != null) {
            var type = eligibility.type();
            if ((type == EligibilityType.RESIDENTS) != (eligibility.regionCode() != null)) {
                mistakes.add(new Mistake("eligibility.regionCode", "mistake.resource.residentsRegion"));
            } else if (eligibility.regionCode() != null && !regions.exists(eligibility.regionCode())) {
                mistakes.add(new Mistake("eligibility.regionCode", "mistake.resource.regionCode"));
            }
            var ids = eligibility.organizationIds() == null ? List.<String>of() : eligibility.organizationIds();
            var types = eligibility.organizationTypes() == null
                    ? List.<OrganizationType>of()
                    : eligibility.organizationTypes();
            if (type == EligibilityType.ORGANIZATIONS && ids.isEmpty() && types.isEmpty()) {
                mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationsNone"));
            } else if (type != EligibilityType.ORGANIZATIONS && !(ids.isEmpty() && types.isEmpty())) {
                mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationsOnly"));
            } else if (type == EligibilityType.ORGANIZATIONS
                    && !organizations.allExist(ids.stream().map(Long::parseLong).toList())) {
                mistakes.add(new Mistake("eligibility.organizationIds", "mistake.resource.organizationUnknown"));
            }
        }
        try {
            request.openingRules().toRules();
        } catch (InvalidInput invalid) {
            invalid.mistakes().forEach(m -> mistakes.add(m.below("openingRules")));
        }
        @Nullable BookingPolicy policy = null;
        try {
            policy = policy(request);
        } catch (IllegalArgumentException e) {
            mistakes.add(new Mistake("cancellation.refundPercentByDaysBefore", "mistake.resource.refunds"));
        }
        if (!mistakes.isEmpty()) {
            throw new InvalidInput(mistakes);
        }
        return new Checked(site, category.orElseThrow(), Objects.requireNonNull(policy));
    }

    private static BookingPolicy policy(ResourceRequest request) {
        var refunds = new TreeMap<Integer, Integer>();
        var cancellation = request.cancellation();
        if (cancellation == null || cancellation.refundPercentByDaysBefore() == null) {
            refunds.put(0, 100);
        } else {
            cancellation.refundPercentByDaysBefore().forEach((days, percent) -> {
                if (!days.matches("\\d{1,3}") || percent == null) {
                    throw new IllegalArgumentException("keys are whole days before (\"7\"), values percents 0–100");
                }
                refunds.put(Integer.parseInt(days), percent);
            });
        }
        var quota = request.quota();
        var eligibility = request.eligibility();
        return new BookingPolicy(
                quota == null ? null : quota.maxActivePerUser(),
                quota == null ? null : quota.maxPerUserPerMonth(),
                refunds,
                eligibility == null || eligibility.organizationTypes() == null
                        ? Set.of()
                        : Set.copyOf(eligibility.organizationTypes()),
                cancellation == null || cancellation.paymentDeadlineHours() == null
                        ? BookingPolicy.DEFAULT_PAYMENT_DEADLINE_HOURS
                        : cancellation.paymentDeadlineHours(),
                cancellation == null || cancellation.waitlistClaimHours() == null
                        ? BookingPolicy.DEFAULT_WAITLIST_CLAIM_HOURS
                        : cancellation.waitlistClaimHours());
    }

    private static ResourceDraft draft(ResourceRequest request, SiteId site, Checked checked) {
        var eligibility = request.eligibility();
        var type = eligibility == null ? EligibilityType.EVERYONE : eligibility.type();
        return new ResourceDraft(
                site,
                request.name().strip(),
                checked.category(),
                request.kind(),
                request.capacity(),
                request.quantity(),
                request.areaM2(),
                request.description(),
                request.rules(),
                request.contactPhone(),
                request.free(),
                request.fee() == null ? null : request.fee().toFee(),
                request.confirmation(),
                type,
                eligibility == null || eligibility.regionCode() == null
                        ? null
                        : new RegionCode(eligibility.regionCode()),
                eligibility == null || eligibility.organizationIds() == null
                        ? new HashSet<>()
                        : new HashSet<>(eligibility.organizationIds().stream()
                                .map(Long::parseLong)
                                .toList()),
                request.amenities() == null ? new HashSet<>() : new HashSet<>(request.amenities()),
                request.accessibility() == null || request.accessibility().isEmpty()
                        ? EnumSet.noneOf(AccessibilityFeature.class)
                        : EnumSet.copyOf(request.accessibility()));
    }
}

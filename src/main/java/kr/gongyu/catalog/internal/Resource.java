package kr.gongyu.catalog.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.Photo;
import kr.gongyu.catalog.ResourceDraft;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Something an institution opens for booking in its idle time: a space, a pool of interchangeable units, or
 * an item. Opening rules live in the schedule module and bookings in the reservation module; both refer to
 * the resource by its {@link ResourceId}.
 */
@Entity
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "institution_id")
    private long institutionId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private ResourceKind kind;

    private int capacity;

    private int quantity;

    @Column(name = "area_m2")
    private @Nullable Double areaM2;

    private @Nullable String description;

    private @Nullable String rules;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    private boolean free;

    @Column(name = "fee_amount")
    private @Nullable Long feeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_unit")
    private @Nullable FeeUnit feeUnit;

    @Column(name = "fee_night_percent")
    private int feeNightPercent;

    @Column(name = "fee_weekend_percent")
    private int feeWeekendPercent;

    @Column(name = "fee_holiday_percent")
    private int feeHolidayPercent;

    @Column(name = "fee_deposit")
    private long feeDeposit;

    @Enumerated(EnumType.STRING)
    private Confirmation confirmation;

    @Enumerated(EnumType.STRING)
    private EligibilityType eligibility;

    @Column(name = "eligible_region_code")
    private @Nullable String eligibleRegionCode;

    @ElementCollection
    @CollectionTable(name = "resource_eligible_organization", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "organization_id")
    private Set<Long> eligibleOrganizations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_amenity", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "amenity")
    private Set<String> amenities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_accessibility", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    @ElementCollection
    @CollectionTable(name = "resource_photo", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();

    private boolean published;

    @Version
    private long version;

    protected Resource() {}

    /** A new resource of the institution, from staff's draft; published at once, as the console creates it. */
    public static Resource of(InstitutionId institution, ResourceDraft draft) {
        var resource = new Resource();
        resource.institutionId = institution.value();
        resource.published = true;
        resource.revise(draft);
        return resource;
    }

    /** Replaces everything staff write about the resource with the draft. */
    public void revise(ResourceDraft draft) {
        siteId = draft.site().value();
        name = draft.name();
        category = draft.category();
        kind = draft.kind();
        capacity = draft.capacity();
        quantity = draft.quantity();
        areaM2 = draft.areaM2();
        description = draft.description();
        rules = draft.rules();
        contactPhone = draft.contactPhone();
        free = draft.free();
        feeAmount = draft.fee() == null ? null : draft.fee().amount();
        feeUnit = draft.fee() == null ? null : draft.fee().per();
        feeNightPercent = draft.fee() == null ? 0 : draft.fee().nightPercent();
        feeWeekendPercent = draft.fee() == null ? 0 : draft.fee().weekendPercent();
        feeHolidayPercent = draft.fee() == null ? 0 : draft.fee().holidayPercent();
        feeDeposit = draft.fee() == null ? 0 : draft.fee().deposit();
        confirmation = draft.confirmation();
        eligibility = draft.eligibility();
        eligibleRegionCode =
                draft.eligibleRegion() == null ? null : draft.eligibleRegion().value();
        eligibleOrganizations = new HashSet<>(draft.eligibleOrganizations());
        amenities = new HashSet<>(draft.amenities());
        accessibility = draft.accessibility().isEmpty()
                ? EnumSet.noneOf(AccessibilityFeature.class)
                : EnumSet.copyOf(draft.accessibility());
    }

    public ResourceId id() {
        if (id == null) {
            throw new IllegalStateException("The resource has not been saved yet");
        }
        return new ResourceId(id);
    }

    public SiteId site() {
        return new SiteId(siteId);
    }

    public InstitutionId institution() {
        return new InstitutionId(institutionId);
    }

    public String name() {
        return name;
    }

    public Category category() {
        return category;
    }

    public ResourceKind kind() {
        return kind;
    }

    /** How many people may use the resource at once. */
    public int capacity() {
        return capacity;
    }

    /** How many interchangeable units it has: 1 for a space. */
    public int quantity() {
        return quantity;
    }

    public @Nullable Double areaM2() {
        return areaM2;
    }

    public @Nullable String description() {
        return description;
    }

    public @Nullable String rules() {
        return rules;
    }

    public @Nullable String contactPhone() {
        return contactPhone;
    }

    public boolean isFree() {
        return free;
    }

    /** The usage fee, or null when the resource is free or charges only actual costs (실비). */
    public @Nullable Fee fee() {
        return feeAmount == null || feeUnit == null
                ? null
                : new Fee(feeAmount, feeUnit, feeNightPercent, feeWeekendPercent, feeHolidayPercent, feeDeposit);
    }

    public Confirmation confirmation() {
        return confirmation;
    }

    public EligibilityType eligibility() {
        return eligibility;
    }

    /** For {@link EligibilityType#RESIDENTS}: the region whose residents may book. */
    public @Nullable RegionCode eligibleRegion() {
        return eligibleRegionCode == null ? null : new RegionCode(eligibleRegionCode);
    }

    /** For {@link EligibilityType#ORGANIZATIONS}: the ids of the organisations whose members may book. */
    public Set<Long> eligibleOrganizations() {
        return Set.copyOf(eligibleOrganizations);
    }

    public Set<String> amenities() {
        return Set.copyOf(amenities);
    }

    public Set<AccessibilityFeature> accessibility() {
        return accessibility.isEmpty() ? Set.of() : EnumSet.copyOf(accessibility);
    }

    public List<Photo> photos() {
        return List.copyOf(photos);
    }

    /** Adds a photo at the end. */
    public void addPhoto(Photo photo) {
        photos.add(photo);
    }

    /** Removes the photo at this position (from 0); false when there is none. */
    public boolean removePhoto(int position) {
        if (position < 0 || position >= photos.size()) {
            return false;
        }
        photos.remove(position);
        return true;
    }

    public boolean isPublished() {
        return published;
    }

    /** Shows the resource in the catalogue; true if that changed anything. */
    public boolean publish() {
        var changed = !published;
        published = true;
        return changed;
    }

    /** Withdraws the resource from the catalogue; true if that changed anything. */
    public boolean unpublish() {
        var changed = published;
        published = false;
        return changed;
    }

    /** The resource as a line of a list, its collections left unread. */
    public ResourceEntryView entry() {
        return new ResourceEntryView(
                id(), site(), name, category, kind, capacity, quantity, free, confirmation, published);
    }

    /** What staff wrote about the resource, as they would write it again. */
    public ResourceDraft draft() {
        return new ResourceDraft(
                site(),
                name,
                category,
                kind,
                capacity,
                quantity,
                areaM2,
                description,
                rules,
                contactPhone,
                free,
                fee(),
                confirmation,
                eligibility,
                eligibleRegion(),
                eligibleOrganizations(),
                amenities(),
                accessibility());
    }
}

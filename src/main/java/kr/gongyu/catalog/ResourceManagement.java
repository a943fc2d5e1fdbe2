package kr.gongyu.catalog;

import java.util.List;
import java.util.Optional;
import kr.gongyu.LikePattern;
import kr.gongyu.catalog.internal.Resource;
import kr.gongyu.catalog.internal.ResourceStore;
import kr.gongyu.catalog.internal.Site;
import kr.gongyu.catalog.internal.SiteStore;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Institutions;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.Regions;
import kr.gongyu.institution.SharingAgreements;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution's own sites and resources, as its staff run them. Every method takes the institution the
 * staff member acts for and finds nothing of any other: another institution's resource is simply absent.
 */
@Service
public class ResourceManagement {

    private final ResourceStore resources;
    private final SiteStore sites;
    private final Institutions institutions;
    private final SharingAgreements agreements;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final ResourceDirectory directory;

    ResourceManagement(
            ResourceStore resources,
            SiteStore sites,
            Institutions institutions,
            SharingAgreements agreements,
            Regions regions,
            ApplicationEventPublisher events,
            ResourceDirectory directory) {
        this.directory = directory;
        this.resources = resources;
        this.sites = sites;
        this.institutions = institutions;
        this.agreements = agreements;
        this.regions = regions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ResourceEntryView> resources(InstitutionId institution, int page, int size) {
        return resources
                .findByInstitutionIdOrderByNameAscIdAsc(institution.value(), PageRequest.of(page, size))
                .map(Resource::entry);
    }

    /**
     * The institution's resources whose name contains {@code name} (all when it is blank), only the published or
     * only the hidden ones when {@code published} says which, by name.
     */
    @Transactional(readOnly = true)
    public Page<ResourceEntryView> resources(
            InstitutionId institution, String name, @Nullable Boolean published, int page, int size) {
        return resources
                .findOfInstitution(
                        institution.value(),
                        LikePattern.containing(name.strip()),
                        published == null,
                        Boolean.TRUE.equals(published),
                        PageRequest.of(page, size))
                .map(Resource::entry);
    }

    /** One of the institution's resources; empty when it has no such resource. */
    @Transactional(readOnly = true)
    public Optional<ResourceEntryView> resource(InstitutionId institution, ResourceId id) {
        return own(institution, id).map(Resource::entry);
    }

    /** What staff wrote about one of the institution's resources; empty when it has no such resource. */
    @Transactional(readOnly = true)
    public Optional<ResourceDraft> draft(InstitutionId institution, ResourceId id) {
        return own(institution, id).map(Resource::draft);
    }

    /** Whether the resource, published or hidden, is the institution's; one column read. */
    @Transactional(readOnly = true)
    public boolean owns(InstitutionId institution, ResourceId id) {
        return directory.owner(id).filter(institution::equals).isPresent();
    }

    @Transactional(readOnly = true)
    public List<SiteView> sites(InstitutionId institution) {
        return sites.findByInstitutionIdOrderByName(institution.value()).stream()
                .map(Site::view)
                .toList();
    }

    /** A new site of the institution; a local government's lies in its own area, else {@link SiteOutsideArea}. */
    @Transactional
    public SiteView createSite(
            InstitutionId institution, String name, String address, RegionCode region, double lat, double lng) {
        institutions
                .find(institution)
                .filter(found -> found.kind() == InstitutionKind.LOCAL)
                .filter(local -> !regions.within(region, local.region()))
                .ifPresent(local -> {
                    throw new SiteOutsideArea(region, local.region());
                });
        return sites.save(new Site(institution, name, address, region, lat, lng))
                .view();
    }

    /** Whether the site belongs to the institution (staff may place resources only at their own sites). */
    @Transactional(readOnly = true)
    public boolean ownsSite(InstitutionId institution, SiteId site) {
        return sites.findById(site.value())
                .filter(found -> found.institution().equals(institution))
                .isPresent();
    }

    /** Creates a resource at one of the institution's sites; the caller has checked {@link #ownsSite}. */
    @Transactional
    public ResourceEntryView create(InstitutionId institution, ResourceDraft draft) {
        if (!ownsSite(institution, draft.site())) {
            throw new IllegalArgumentException("Site " + draft.site() + " is not the institution's");
        }
        mayOpenAt(institution, draft.site());
        var resource = resources.save(Resource.of(institution, draft));
        events.publishEvent(new ResourcePublished(resource.id()));
        return resource.entry();
    }

    /** Revises one of the institution's resources; empty when it has no such resource. */
    @Transactional
    public Optional<ResourceEntryView> revise(InstitutionId institution, ResourceId id, ResourceDraft draft) {
        if (!ownsSite(institution, draft.site())) {
            throw new IllegalArgumentException("Site " + draft.site() + " is not the institution's");
        }
        return own(institution, id).map(resource -> {
            if (resource.isPublished()) {
                mayOpenAt(institution, draft.site());
            }
            resource.revise(draft);
            events.publishEvent(new ResourceChanged(id));
            return resource.entry();
        });
    }

    /** The photos of one of the institution's resources, in order; empty when it has no such resource. */
    @Transactional(readOnly = true)
    public Optional<List<Photo>> photos(InstitutionId institution, ResourceId id) {
        return own(institution, id).map(Resource::photos);
    }

    /** Adds a photo to one of the institution's resources; false when it has no such resource. */
    @Transactional
    public boolean addPhoto(InstitutionId institution, ResourceId id, Photo photo) {
        return own(institution, id)
                .map(resource -> {
                    resource.addPhoto(photo);
                    events.publishEvent(new ResourceChanged(id));
                    return true;
                })
                .orElse(false);
    }

    /** Removes the photo at this position (from 0) and answers it; empty when there is no such photo. */
    @Transactional
    public Optional<Photo> removePhoto(InstitutionId institution, ResourceId id, int position) {
        return own(institution, id).flatMap(resource -> {
            var photos = resource.photos();
            if (!resource.removePhoto(position)) {
                return Optional.empty();
            }
            events.publishEvent(new ResourceChanged(id));
            return Optional.of(photos.get(position));
        });
    }

    @Transactional
    public Optional<ResourceEntryView> publish(InstitutionId institution, ResourceId id) {
        return own(institution, id).map(resource -> {
            mayOpenAt(institution, resource.site());
            if (resource.publish()) {
                events.publishEvent(new ResourcePublished(id));
            }
            return resource.entry();
        });
    }

    @Transactional
    public Optional<ResourceEntryView> unpublish(InstitutionId institution, ResourceId id) {
        return own(institution, id).map(resource -> {
            if (resource.unpublish()) {
                events.publishEvent(new ResourceUnpublished(id));
            }
            return resource.entry();
        });
    }

    private Optional<Resource> own(InstitutionId institution, ResourceId id) {
        return resources.findByIdAndInstitutionId(id.value(), institution.value());
    }

    /** A private partner opens resources only at the sites an agreement in force covers; others anywhere. */
    private void mayOpenAt(InstitutionId institution, SiteId site) {
        var partner = institutions
                .find(institution)
                .filter(found -> found.kind() == InstitutionKind.PARTNER)
                .isPresent();
        if (partner && !agreements.coversToday(site.value())) {
            throw new SiteNotShared(site);
        }
    }
}

package kr.gongyu.catalog;

import java.util.List;
import java.util.Optional;
import kr.gongyu.institution.InstitutionId;
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

    private final Resources resources;
    private final Sites sites;
    private final ApplicationEventPublisher events;

    ResourceManagement(Resources resources, Sites sites, ApplicationEventPublisher events) {
        this.resources = resources;
        this.sites = sites;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<Resource> resources(InstitutionId institution, int page, int size) {
        return resources.findByInstitutionIdOrderByNameAscIdAsc(institution.value(), PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public Optional<Resource> resource(InstitutionId institution, ResourceId id) {
        return resources.findByIdAndInstitutionId(id.value(), institution.value());
    }

    @Transactional(readOnly = true)
    public List<Site> sites(InstitutionId institution) {
        return sites.findByInstitutionIdOrderByName(institution.value());
    }

    @Transactional
    public Optional<Resource> publish(InstitutionId institution, ResourceId id) {
        return resource(institution, id).map(resource -> {
            if (resource.publish()) {
                events.publishEvent(new ResourcePublished(id));
            }
            return resource;
        });
    }

    @Transactional
    public Optional<Resource> unpublish(InstitutionId institution, ResourceId id) {
        return resource(institution, id).map(resource -> {
            if (resource.unpublish()) {
                events.publishEvent(new ResourceUnpublished(id));
            }
            return resource;
        });
    }
}

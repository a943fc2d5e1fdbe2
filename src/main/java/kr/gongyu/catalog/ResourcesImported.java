package kr.gongyu.catalog;

import java.util.Set;

/**
 * Many resources created or revised at once by {@link CatalogBatches}: one event for a batch, so that listeners
 * refresh them in bulk rather than one transaction per resource.
 */
public record ResourcesImported(Set<ResourceId> resources) {

    public ResourcesImported {
        resources = Set.copyOf(resources);
    }
}

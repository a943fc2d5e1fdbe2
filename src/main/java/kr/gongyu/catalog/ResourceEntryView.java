package kr.gongyu.catalog;

/**
 * One line of a list of an institution's resources, published or hidden: what the console's and the API's lists
 * show, read without the resource's photos, amenities and other collections.
 */
public record ResourceEntryView(
        ResourceId id,
        SiteId site,
        String name,
        Category category,
        ResourceKind kind,
        int capacity,
        int quantity,
        boolean free,
        Confirmation confirmation,
        boolean published) {}

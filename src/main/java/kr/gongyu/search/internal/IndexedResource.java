package kr.gongyu.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import kr.gongyu.catalog.ResourceSummaryView;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A published resource as search sees it: the resource with its site and institution, in one row of the read
 * model ({@code resource_search}) and one document of the index. Text is analysed in Korean
 * ({@link KoreanAnalysis}); everything a filter or a facet needs is a keyword or a number; what a page of
 * results shows is stored, and read back as an {@link IndexedSummary}.
 */
@Entity
@Table(name = "resource_search")
@Indexed(index = IndexedResource.INDEX)
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES, projectable = Projectable.YES)
public class IndexedResource {

    /**
     * The index's name, versioned: a change of the mapping takes a new name, so that the index starts empty
     * and the start-up check rebuilds it ({@code SearchIndex}) rather than searching documents of the old form.
     */
    static final String INDEX = "resource-4";

    @Id
    @DocumentId
    @Column(name = "resource_id")
    private long resourceId;

    @FullTextField(
            analyzer = KoreanAnalysis.INDEX,
            searchAnalyzer = KoreanAnalysis.QUERY,
            projectable = Projectable.YES)
    @KeywordField(name = "name_exact", normalizer = KoreanAnalysis.EXACT, searchable = Searchable.YES)
    @KeywordField(name = "name_sort", normalizer = KoreanAnalysis.EXACT, sortable = Sortable.YES)
    private String name;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String category;

    @FullTextField(analyzer = KoreanAnalysis.INDEX, searchAnalyzer = KoreanAnalysis.QUERY)
    @Column(name = "category_label")
    private String categoryLabel;

    /** The category in English, so that "meeting room" finds 회의실. */
    @FullTextField(analyzer = KoreanAnalysis.INDEX, searchAnalyzer = KoreanAnalysis.QUERY)
    @Column(name = "category_label_en")
    private String categoryLabelEn;

    @KeywordField
    @Column(name = "category_group")
    private String categoryGroup;

    @KeywordField(projectable = Projectable.YES)
    private String kind;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private int capacity;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private int quantity;

    @GenericField(projectable = Projectable.YES)
    private boolean free;

    @KeywordField(projectable = Projectable.YES)
    private String confirmation;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "institution_id")
    private long institutionId;

    @FullTextField(
            analyzer = KoreanAnalysis.INDEX,
            searchAnalyzer = KoreanAnalysis.QUERY,
            projectable = Projectable.YES)
    @Column(name = "institution_name")
    private String institutionName;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "institution_kind")
    private String institutionKind;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    @Column(name = "site_id")
    private long siteId;

    @FullTextField(
            analyzer = KoreanAnalysis.INDEX,
            searchAnalyzer = KoreanAnalysis.QUERY,
            projectable = Projectable.YES)
    @Column(name = "site_name")
    private String siteName;

    @FullTextField(
            analyzer = KoreanAnalysis.INDEX,
            searchAnalyzer = KoreanAnalysis.QUERY,
            projectable = Projectable.YES)
    private String address;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "region_code")
    private String regionCode;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "province_code")
    private String provinceCode;

    /** The amenities, comma-separated: matched after the kind, the name and the place. */
    @FullTextField(analyzer = KoreanAnalysis.INDEX, searchAnalyzer = KoreanAnalysis.QUERY)
    private @Nullable String amenities;

    @Latitude
    private double lat;

    @Longitude
    private double lng;

    protected IndexedResource() {}

    IndexedResource(ResourceSummaryView resource, List<String> amenities) {
        resourceId = resource.id().value();
        update(resource, amenities);
    }

    long resourceId() {
        return resourceId;
    }

    /** Takes the resource's current state from the catalogue. */
    void update(ResourceSummaryView resource, List<String> amenities) {
        this.amenities = joined(amenities);
        name = resource.name();
        category = resource.category().name();
        categoryLabel = resource.category().label();
        categoryLabelEn = resource.category().labelEn();
        categoryGroup = resource.category().group().name();
        kind = resource.kind().name();
        capacity = resource.capacity();
        quantity = resource.quantity();
        free = resource.free();
        confirmation = resource.confirmation().name();
        institutionId = resource.institution().id().value();
        institutionName = resource.institution().name();
        institutionKind = resource.institution().kind().name();
        siteId = resource.site().id().value();
        siteName = resource.site().name();
        address = resource.site().address();
        regionCode = resource.site().region().value();
        provinceCode = resource.site().region().province().value();
        lat = resource.site().lat();
        lng = resource.site().lng();
    }

    /** The amenities as the column holds them; null when there are none. */
    static @Nullable String joined(List<String> amenities) {
        return amenities.isEmpty() ? null : String.join(", ", amenities);
    }
}

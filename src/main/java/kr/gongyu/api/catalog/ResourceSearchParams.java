package kr.gongyu.api.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.http.QueryRecord;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.search.ResourceFilter;
import kr.gongyu.search.ResourceSearch;
import kr.gongyu.search.SearchLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of {@code GET /api/v1/resources}, as API.md names them; all optional; their bounds and the
 * rules between them are the pages' too ({@link SearchLimits}). {@code lat} and
 * {@code lng} go together; {@code radiusKm} (default 10) needs them. {@code date} (with {@code from} and
 * {@code to} as {@code HH:mm} if wanted) keeps only the resources free then. An empty parameter, as a plain
 * form sends it, is as good as none. {@code sort} is {@code relevance}, {@code distance} (needs {@code lat} and
 * {@code lng}), {@code name} or {@code capacity}.
 */
@QueryRecord
record ResourceSearchParams(
        @Nullable String q,

        @Nullable @Pattern(regexp = SearchLimits.REGION_PREFIX, message = "{problem.field.regionPrefix}")
        String region,

        @Nullable @KnownCategory String category,
        @Nullable ResourceKind kind,
        @Nullable InstitutionKind institutionKind,
        @Nullable @Pattern(regexp = "\\d{0,18}") String institutionId,

        @Nullable @Min(0) @Max(ResourceFilter.MAX_MIN_CAPACITY)
        Integer minCapacity,

        @Nullable Boolean free,
        @Nullable Confirmation confirmation,

        @Nullable @DecimalMin(SearchLimits.MIN_LAT) @DecimalMax(SearchLimits.MAX_LAT)
        Double lat,

        @Nullable @DecimalMin(SearchLimits.MIN_LNG) @DecimalMax(SearchLimits.MAX_LNG)
        Double lng,

        @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax(ResourceSearch.Near.MAX_RADIUS_KM)
        Double radiusKm,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @Nullable @DateTimeFormat(pattern = SearchLimits.TIME_PATTERN)
        LocalTime from,

        @Nullable @DateTimeFormat(pattern = SearchLimits.TIME_PATTERN)
        LocalTime to,

        @Nullable @Pattern(regexp = "|relevance|distance|name|capacity", message = "{problem.field.sort}")
        String sort) {}

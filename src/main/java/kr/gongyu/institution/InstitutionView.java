package kr.gongyu.institution;

import org.jspecify.annotations.Nullable;

/** An institution as the rest of the platform sees it. */
public record InstitutionView(
        InstitutionId id,
        String code,
        String name,
        InstitutionKind kind,
        RegionCode region,
        @Nullable String phone) {}

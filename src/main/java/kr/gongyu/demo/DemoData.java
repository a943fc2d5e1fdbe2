package kr.gongyu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * A whole demo platform as rows, ready to be written: institutions, agreements, sites, resources,
 * organisations and accounts. Ids are assigned from 1 in generation order, so the same generator input
 * always gives the same ids.
 */
public record DemoData(
        List<InstitutionRow> institutions,
        List<AgreementRow> agreements,
        List<AgreementSiteRow> agreementSites,
        List<SiteRow> sites,
        List<ResourceRow> resources,
        List<OrganizationRow> organizations,
        List<AccountRow> accounts,
        List<ShiftRow> volunteerShifts,
        List<NeedRow> volunteerNeeds) {

    public record InstitutionRow(
            long id, String code, String name, InstitutionKind kind, String regionCode, String phone) {}

    public record AgreementRow(
            long id, long localGovernmentId, long partnerId, LocalDate startsOn, LocalDate endsOn, String terms) {}

    /** A partner's site that an agreement opens. */
    public record AgreementSiteRow(long agreementId, long siteId) {}

    public record SiteRow(
            long id, long institutionId, String name, String address, String regionCode, double lat, double lng) {}

    public record ResourceRow(
            long id,
            long siteId,
            long institutionId,
            String name,
            Category category,
            ResourceKind kind,
            int capacity,
            int quantity,
            @Nullable Double areaM2,
            String description,
            String rules,
            String contactPhone,
            @Nullable Long feeAmount,
            @Nullable FeeUnit feeUnit,
            Confirmation confirmation,
            EligibilityType eligibility,
            @Nullable String eligibleRegionCode,
            List<Long> eligibleOrganizationIds,
            Set<String> amenities,
            Set<AccessibilityFeature> accessibility,
            OpeningRulesSpec openingRules) {

        public boolean free() {
            return feeAmount == null;
        }
    }

    /** A shift that still needs volunteers (residents sign up for it), in Seoul local time. */
    public record NeedRow(long resourceId, LocalDateTime start, LocalDateTime end, int needed) {}

    /** A staffed volunteer shift, in Seoul local time. */
    public record ShiftRow(long resourceId, LocalDateTime start, LocalDateTime end, String volunteerName) {}

    public record OrganizationRow(long id, String name, String type, String regionCode) {}

    public record AccountRow(
            long id,
            String username,
            String displayName,
            String phone,
            String role,
            @Nullable Long institutionId,
            @Nullable Long organizationId,
            @Nullable String residenceRegionCode) {}
}

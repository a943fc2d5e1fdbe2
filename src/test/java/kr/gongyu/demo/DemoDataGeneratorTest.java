package kr.gongyu.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.demo.DemoData.AccountRow;
import kr.gongyu.demo.DemoData.InstitutionRow;
import kr.gongyu.demo.DemoData.ResourceRow;
import kr.gongyu.demo.DemoDataGenerator.NamedBody;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static final List<Region> REGIONS = Regions.all();
    private static final DemoData DATA = generate();

    private static DemoData generate() {
        return new DemoDataGenerator(REGIONS, bodies("C", 33), bodies("P", 168), 15_600, LocalDate.of(2027, 3, 1))
                .generate();
    }

    private static List<NamedBody> bodies(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> new NamedBody(prefix + n, new RegionCode("36110")))
                .toList();
    }

    @Test
    void theRegionsAreTheReal17ProvincesAnd226LocalGovernments() {
        assertThat(REGIONS).hasSize(243);
        assertThat(REGIONS.stream().filter(Region::isProvince)).hasSize(17);
    }

    @Test
    void generatesTheSameDataEveryTime() {
        assertThat(generate()).isEqualTo(DATA);
    }

    @Test
    void reproducesTheSeedScale() {
        var byKind = DATA.institutions().stream().collect(groupingBy(InstitutionRow::kind, counting()));
        assertThat(byKind)
                .containsEntry(InstitutionKind.CENTRAL, 33L)
                .containsEntry(InstitutionKind.LOCAL, 243L)
                .containsEntry(InstitutionKind.PUBLIC, 168L);
        assertThat(DATA.resources()).hasSize(15_600);
        var owners = DATA.resources().stream().map(ResourceRow::institutionId).collect(Collectors.toSet());
        var danyang = local("43800").id();
        assertThat(DATA.institutions())
                .as("every institution opens something; Danyang through its partners")
                .allMatch(i -> owners.contains(i.id()) != (i.id() == danyang));
    }

    @Test
    void suwonOpens205ResourcesAt97Sites() {
        var suwon = local("41110");
        var resources = resourcesOf(suwon);
        assertThat(resources).hasSize(205);
        assertThat(resources.stream().map(ResourceRow::siteId).distinct()).hasSize(97);
        assertThat(resources.stream().map(ResourceRow::category))
                .contains(Category.MEETING_ROOM, Category.AUDITORIUM, Category.GYMNASIUM);
    }

    @Test
    void samcheoksArtsCentreIsOpenToItsFifteenKindergartensAndTwelveSchools() {
        var halls = resourcesOf(local("51230")).stream()
                .filter(r -> r.category() == Category.PERFORMANCE_HALL)
                .toList();
        assertThat(halls).isNotEmpty().allSatisfy(hall -> {
            assertThat(hall.eligibility()).isEqualTo(EligibilityType.ORGANIZATIONS);
            assertThat(hall.confirmation()).isEqualTo(Confirmation.APPROVAL);
            assertThat(hall.eligibleOrganizationIds()).hasSize(27);
        });
        var types = halls.getFirst().eligibleOrganizationIds().stream()
                .map(id -> DATA.organizations().get((int) (long) id - 1).type())
                .collect(groupingBy(Function.identity(), counting()));
        assertThat(types.get("KINDERGARTEN") + types.get("DAYCARE")).isEqualTo(15);
        assertThat(types).containsEntry("SCHOOL", 12L);

        var eligible = halls.getFirst().eligibleOrganizationIds();
        assertThat(eligible).contains(account("org-samcheok-kinder01").organizationId());
        assertThat(eligible).doesNotContain(account("org-gangneung-school01").organizationId());
    }

    @Test
    void sejongOpensFourCommunityCentreSportsFacilities() {
        var resources = resourcesOf(local("36110"));
        assertThat(resources).hasSize(4);
        assertThat(resources.stream().map(r -> r.category().group().name())).containsOnly("SPORTS", "FACILITY");
    }

    @Test
    void danyangsPrivatePartnersOpenMoreThan180ParkingSpacesAtSixSites() {
        var danyang = local("43800");
        var partners = DATA.agreements().stream()
                .filter(a -> a.localGovernmentId() == danyang.id())
                .map(a -> a.partnerId())
                .collect(Collectors.toSet());
        assertThat(partners)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(
                                DATA.institutions().get((int) (long) id - 1).kind())
                        .isEqualTo(InstitutionKind.PARTNER));
        var parking = DATA.resources().stream()
                .filter(r -> partners.contains(r.institutionId()))
                .toList();
        assertThat(parking).allMatch(r -> r.kind() == ResourceKind.POOLED && r.category() == Category.PARKING);
        assertThat(parking.stream().map(ResourceRow::siteId).distinct()).hasSize(6);
        assertThat(parking.stream().mapToInt(ResourceRow::quantity).sum()).isGreaterThanOrEqualTo(180);
        assertThat(partners).contains(account("partner-danyang-resort").institutionId());
    }

    @Test
    void southChungcheongHasSixInstantLobbyMeetingRoomsAndEumseongOneBasementRoom() {
        assertThat(resourcesOf(local("44000")))
                .hasSize(6)
                .allMatch(r -> r.category() == Category.MEETING_ROOM && r.confirmation() == Confirmation.INSTANT);
        assertThat(resourcesOf(local("43770")))
                .singleElement()
                .matches(r -> r.name().contains("지하") && r.confirmation() == Confirmation.INSTANT);
    }

    @Test
    void yeongdeungposRooftopGardenAndBonghwasGalleryAreFreeAndReviewedByStaff() {
        assertThat(resourcesOf(local("11560")))
                .singleElement()
                .matches(r -> r.category() == Category.GARDEN && r.capacity() > 0 && r.free())
                .matches(r -> r.confirmation() == Confirmation.APPROVAL);
        assertThat(resourcesOf(local("47920")))
                .singleElement()
                .matches(r -> r.category() == Category.EXHIBITION_ROOM && r.free())
                .matches(r -> r.confirmation() == Confirmation.APPROVAL);
    }

    @Test
    void everyDemoAccountOfTheApiContractExists() {
        var usernames = DATA.accounts().stream().map(AccountRow::username).collect(Collectors.toSet());
        assertThat(usernames)
                .contains("citizen0001", "citizen2000", "operator", "partner-danyang-resort")
                .contains("org-samcheok-kinder01", "org-gangneung-school01")
                .contains(
                        "staff-samcheok",
                        "staff-suwon",
                        "staff-sejong",
                        "staff-danyang",
                        "staff-chungnam",
                        "staff-eumseong",
                        "staff-yeongdeungpo",
                        "staff-bonghwa");
        assertThat(usernames.stream().filter(u -> u.startsWith("citizen"))).hasSize(2000);
        assertThat(account("staff-suwon").institutionId())
                .isEqualTo(local("41110").id());
    }

    @Test
    void sitesLieNearTheirRegionsGovernmentOffice() {
        Map<String, Region> regions =
                REGIONS.stream().collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
        assertThat(DATA.sites()).allSatisfy(site -> {
            var region = regions.get(site.regionCode());
            assertThat(site.lat()).isBetween(region.lat() - 0.2, region.lat() + 0.2);
            assertThat(site.lng()).isBetween(region.lng() - 0.2, region.lng() + 0.2);
        });
    }

    @Test
    void localGovernmentsSitesLieInTheirOwnArea() {
        Map<String, Region> regions =
                REGIONS.stream().collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
        var locals = DATA.institutions().stream()
                .filter(institution -> institution.kind() == InstitutionKind.LOCAL)
                .collect(Collectors.toMap(InstitutionRow::id, Function.identity()));
        var theirs = DATA.sites().stream()
                .filter(site -> locals.containsKey(site.institutionId()))
                .toList();
        assertThat(theirs)
                .isNotEmpty()
                .allSatisfy(site -> assertThat(regions.get(site.regionCode())
                                .liesIn(new RegionCode(
                                        locals.get(site.institutionId()).regionCode())))
                        .as(site.name())
                        .isTrue());
    }

    @Test
    void resourcesAreConsistentWithTheirKind() {
        assertThat(DATA.resources()).allSatisfy(r -> {
            if (r.kind() == ResourceKind.SPACE) {
                assertThat(r.quantity()).isEqualTo(1);
            }
            assertThat(r.quantity()).isPositive();
            assertThat(r.capacity()).isNotNegative();
            assertThat(r.feeAmount() == null).isEqualTo(r.feeUnit() == null);
        });
        var names = DATA.institutions().stream().map(InstitutionRow::name).collect(Collectors.toSet());
        assertThat(names)
                .as("institution names are unique")
                .hasSize(DATA.institutions().size());
        assertThat(Set.copyOf(
                        DATA.institutions().stream().map(InstitutionRow::code).toList()))
                .hasSize(DATA.institutions().size());
    }

    private static InstitutionRow local(String region) {
        return DATA.institutions().stream()
                .filter(i -> i.kind() == InstitutionKind.LOCAL && i.regionCode().equals(region))
                .findFirst()
                .orElseThrow();
    }

    private static List<ResourceRow> resourcesOf(InstitutionRow institution) {
        return DATA.resources().stream()
                .filter(r -> r.institutionId() == institution.id())
                .toList();
    }

    private static AccountRow account(String username) {
        return DATA.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}

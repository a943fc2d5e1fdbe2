package kr.gongyu.demo;

import static kr.gongyu.catalog.Category.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.demo.DemoData.AccountRow;
import kr.gongyu.demo.DemoData.AgreementRow;
import kr.gongyu.demo.DemoData.AgreementSiteRow;
import kr.gongyu.demo.DemoData.InstitutionRow;
import kr.gongyu.demo.DemoData.NeedRow;
import kr.gongyu.demo.DemoData.OrganizationRow;
import kr.gongyu.demo.DemoData.ResourceRow;
import kr.gongyu.demo.DemoData.ShiftRow;
import kr.gongyu.demo.DemoData.SiteRow;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Region;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.schedule.KoreanPublicHolidays;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * Generates the demo platform deterministically from a fixed seed: the real 17 시·도 and 226 시·군·구 as
 * local governments, 33 central and 168 public institutions, the eight institutions of the seed press
 * release modelled as it describes them, and generic sites and resources up to the requested count.
 *
 * <p>The seed cases are built by hand (see {@link #seedCases()}); everything else is drawn from the
 * vocabularies below, so names, places and prices look like a Korean public portal's.
 */
public final class DemoDataGenerator {

    /** The date of the seed press release: any fixed value would do, this one is memorable. */
    private static final long SEED = 20181223L;

    private final Random random = new Random(SEED);
    private final List<Region> regions;
    private final Map<RegionCode, Region> regionsByCode;
    private final List<NamedBody> centralBodies;
    private final List<NamedBody> publicBodies;
    private final int resourceTarget;

    private final List<InstitutionRow> institutions = new ArrayList<>();
    private final List<AgreementRow> agreements = new ArrayList<>();
    private final List<AgreementSiteRow> agreementSites = new ArrayList<>();
    private final List<SiteRow> sites = new ArrayList<>();
    private final List<ResourceRow> resources = new ArrayList<>();
    private final List<OrganizationRow> organizations = new ArrayList<>();
    private final List<AccountRow> accounts = new ArrayList<>();
    private final List<ShiftRow> shifts = new ArrayList<>();
    private final List<NeedRow> needs = new ArrayList<>();
    private final LocalDate today;

    /** A central or public body as listed in the demo resource files. */
    public record NamedBody(String name, RegionCode region) {}

    /**
     * @param regions every region, 시·도 and 시·군·구
     * @param resourceTarget how many resources to generate in all (15,600 at the seed's scale)
     * @param today the day of loading: volunteer shifts are rostered for the weekends after it
     */
    public DemoDataGenerator(
            List<Region> regions,
            List<NamedBody> centralBodies,
            List<NamedBody> publicBodies,
            int resourceTarget,
            LocalDate today) {
        this.today = today;
        this.regions = List.copyOf(regions);
        this.regionsByCode = regions.stream().collect(Collectors.toUnmodifiableMap(Region::code, r -> r));
        this.centralBodies = List.copyOf(centralBodies);
        this.publicBodies = List.copyOf(publicBodies);
        this.resourceTarget = resourceTarget;
    }

    public DemoData generate() {
        var generic = new ArrayList<InstitutionRow>();
        for (var region : regions) {
            var local = institution(localCode(region), localName(region), InstitutionKind.LOCAL, region.code());
            if (!SeedCase.isSeed(region.code())) {
                generic.add(local);
            }
        }
        for (int n = 0; n < centralBodies.size(); n++) {
            var body = centralBodies.get(n);
            generic.add(institution("C%03d".formatted(n + 1), body.name(), InstitutionKind.CENTRAL, body.region()));
        }
        for (int n = 0; n < publicBodies.size(); n++) {
            var body = publicBodies.get(n);
            generic.add(institution("P%03d".formatted(n + 1), body.name(), InstitutionKind.PUBLIC, body.region()));
        }
        seedCases();
        genericCatalogue(generic, resourceTarget - resources.size());
        citizens(2000);
        return new DemoData(
                institutions, agreements, agreementSites, sites, resources, organizations, accounts, shifts, needs);
    }

    // ---------------------------------------------------------------- the eight seed institutions

    /** The seed's local governments, by region code, and the staff account of each. */
    private enum SeedCase {
        SAMCHEOK("51230", "staff-samcheok"),
        SUWON("41110", "staff-suwon"),
        SEJONG("36110", "staff-sejong"),
        DANYANG("43800", "staff-danyang"),
        CHUNGNAM("44000", "staff-chungnam"),
        EUMSEONG("43770", "staff-eumseong"),
        YEONGDEUNGPO("11560", "staff-yeongdeungpo"),
        BONGHWA("47920", "staff-bonghwa");

        final RegionCode region;
        final String staffUsername;

        SeedCase(String region, String staffUsername) {
            this.region = new RegionCode(region);
            this.staffUsername = staffUsername;
        }

        static boolean isSeed(RegionCode region) {
            for (var seed : values()) {
                if (seed.region.equals(region)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void seedCases() {
        for (var seed : SeedCase.values()) {
            var institution = localInstitution(seed.region);
            account(seed.staffUsername, "STAFF", institution.id(), null, null);
            switch (seed) {
                case SAMCHEOK -> samcheok(institution);
                case SUWON -> suwon(institution);
                case SEJONG -> sejong(institution);
                case DANYANG -> danyang(institution);
                case CHUNGNAM -> chungnam(institution);
                case EUMSEONG -> eumseong(institution);
                case YEONGDEUNGPO -> yeongdeungpo(institution);
                case BONGHWA -> bonghwa(institution);
            }
        }
        account("operator", "OPERATOR", null, null, null);
    }

    /** Samcheok opens its cultural arts centre to 15 kindergartens and daycare centres and 12 schools. */
    private void samcheok(InstitutionRow samcheok) {
        var region = samcheok.regionCode();
        var eligible = new ArrayList<Long>();
        String[] kindergartens = {
            "햇살", "꿈나무", "새싹", "무지개", "해맑은", "사랑", "별빛", "푸른숲", "소나무", "바다", "도담도담", "아이꿈", "한마음", "늘푸른", "꽃동산"
        };
        for (int n = 0; n < kindergartens.length; n++) {
            var type = n % 3 == 2 ? "DAYCARE" : "KINDERGARTEN";
            var name = "삼척 " + kindergartens[n] + (type.equals("DAYCARE") ? "어린이집" : "유치원");
            var org = organization(name, type, region);
            eligible.add(org.id());
            account("org-samcheok-kinder%02d".formatted(n + 1), "ORGANIZATION", null, org.id(), region);
        }
        String[] schools = {
            "삼척초등학교",
            "정라초등학교",
            "교동초등학교",
            "남양초등학교",
            "성내초등학교",
            "도계초등학교",
            "근덕초등학교",
            "원덕초등학교",
            "삼척중학교",
            "삼척여자중학교",
            "삼척고등학교",
            "삼척여자고등학교"
        };
        for (int n = 0; n < schools.length; n++) {
            var org = organization(schools[n], "SCHOOL", region);
            eligible.add(org.id());
            account("org-samcheok-school%02d".formatted(n + 1), "ORGANIZATION", null, org.id(), region);
        }
        var gangneungSchool = organization("강릉중앙초등학교", "SCHOOL", "51150");
        account("org-gangneung-school01", "ORGANIZATION", null, gangneungSchool.id(), "51150");

        var centre = site(samcheok, "삼척문화예술회관", "강원특별자치도 삼척시 엑스포로 54", region, 37.4425, 129.1681);
        var rules = "관내 유치원·어린이집과 학교의 발표회, 졸업식 등 행사에 한하여 사용할 수 있습니다. 행사 14일 전까지 신청해 주세요.";
        resource(new Spec(centre, "삼척문화예술회관 대공연장", PERFORMANCE_HALL, ResourceKind.SPACE, 780, 1)
                .area(1450.0)
                .fee(200_000L, FeeUnit.DAY)
                .confirmation(Confirmation.APPROVAL)
                .organizations(eligible)
                .rules(rules)
                .description("객석 780석 규모의 대공연장. 발표회와 졸업식을 하루 단위로 대관합니다.")
                .openingRules(DemoOpeningRules.samcheokHall())
                .amenities("음향설비", "조명설비", "대기실", "피아노", "무대막"));
        resource(new Spec(centre, "삼척문화예술회관 소공연장", PERFORMANCE_HALL, ResourceKind.SPACE, 240, 1)
                .area(520.0)
                .fee(80_000L, FeeUnit.DAY)
                .confirmation(Confirmation.APPROVAL)
                .organizations(eligible)
                .rules(rules)
                .description("객석 240석 규모의 소공연장. 소규모 발표회에 알맞습니다.")
                .openingRules(DemoOpeningRules.samcheokHall())
                .amenities("음향설비", "조명설비", "대기실"));
        resource(new Spec(centre, "삼척문화예술회관 전시실", EXHIBITION_ROOM, ResourceKind.SPACE, 120, 1)
                .area(330.0)
                .confirmation(Confirmation.APPROVAL)
                .description("주민과 단체의 작품 전시를 위한 전시실입니다.")
                .openingRules(DemoOpeningRules.samcheokHall())
                .amenities("전시조명", "이동식 벽체"));
    }

    /** Suwon opens 205 resources at 97 sites, at night and on weekends. */
    private void suwon(InstitutionRow suwon) {
        var region = regionsByCode.get(new RegionCode(suwon.regionCode()));
        var cityHall = site(suwon, "수원시청", "경기도 수원시 팔달구 효원로 241", suwon.regionCode(), 37.2636, 127.0286);
        for (var room : List.of("대회의실", "중회의실", "소회의실", "시민회의실")) {
            suwonResource(cityHall, "수원시청 " + room, MEETING_ROOM);
        }
        suwonResource(cityHall, "수원시청 대강당", AUDITORIUM);
        for (var district : List.of("장안구", "권선구", "팔달구", "영통구")) {
            var office = suwonSite(suwon, region, district + "청", district);
            suwonResource(office, district + "청 대회의실", MEETING_ROOM);
            suwonResource(office, district + "청 소회의실", MEETING_ROOM);
            suwonResource(office, district + "청 강당", AUDITORIUM);
        }
        String[] dongs = {
            "파장동", "율천동", "정자1동", "정자2동", "정자3동", "영화동", "송죽동", "조원1동", "조원2동", "연무동", "세류1동", "세류2동", "세류3동", "평동",
            "서둔동", "구운동", "금곡동", "호매실동", "권선1동", "권선2동", "곡선동", "입북동", "행궁동", "매교동", "매산동", "고등동", "화서1동", "화서2동", "지동",
            "우만1동", "우만2동", "인계동", "매탄1동", "매탄2동", "매탄3동", "매탄4동", "원천동", "광교1동", "광교2동", "영통1동", "영통2동", "영통3동",
            "망포1동", "망포2동", "태장동"
        };
        for (var dong : dongs) {
            var centre = suwonSite(suwon, region, dong + " 행정복지센터", dong);
            suwonResource(centre, dong + " 행정복지센터 회의실", MEETING_ROOM);
            suwonResource(centre, dong + " 행정복지센터 다목적실", MULTIPURPOSE_ROOM);
        }
        String[] sports = {
            "수원종합운동장",
            "수원실내체육관",
            "서수원칠보체육관",
            "광교체육센터",
            "영통국민체육센터",
            "장안구민체육센터",
            "권선구민체육센터",
            "팔달구민체육센터",
            "만석공원 체육시설",
            "호매실 스포츠센터",
            "망포 체육공원",
            "매탄 체육공원"
        };
        Category[][] sportsRooms = {
            {FOOTBALL_FIELD, SPORTS_GROUND, TENNIS_COURT}, {GYMNASIUM, BADMINTON_COURT, TABLE_TENNIS_ROOM},
            {GYMNASIUM, BADMINTON_COURT, MULTIPURPOSE_ROOM}, {GYMNASIUM, SWIMMING_POOL, TABLE_TENNIS_ROOM},
            {GYMNASIUM, SWIMMING_POOL, BADMINTON_COURT}, {GYMNASIUM, TABLE_TENNIS_ROOM, MULTIPURPOSE_ROOM},
            {GYMNASIUM, BADMINTON_COURT, TABLE_TENNIS_ROOM}, {GYMNASIUM, BADMINTON_COURT, MULTIPURPOSE_ROOM},
            {TENNIS_COURT, FUTSAL_COURT, GATEBALL_COURT}, {GYMNASIUM, SWIMMING_POOL, FUTSAL_COURT},
            {TENNIS_COURT, FUTSAL_COURT, SPORTS_GROUND}, {TENNIS_COURT, FUTSAL_COURT, GATEBALL_COURT}
        };
        for (int n = 0; n < sports.length; n++) {
            var site = suwonSite(suwon, region, sports[n], null);
            for (var category : sportsRooms[n]) {
                suwonResource(site, sports[n] + " " + category.label(), category);
            }
        }
        String[] libraries = {
            "선경도서관", "중앙도서관", "영통도서관", "광교홍재도서관", "호매실도서관", "북수원도서관", "태장마루도서관", "창룡도서관", "화서다산도서관", "매여울도서관", "서수원도서관",
            "버드내도서관"
        };
        for (var library : libraries) {
            var site = suwonSite(suwon, region, library, null);
            suwonResource(site, library + " 세미나실", MEETING_ROOM);
            suwonResource(site, library + " 강의실", LECTURE_ROOM);
        }
        String[][] culture = {
            {"수원청소년문화센터", "연습실", "스튜디오"}, {"장안청소년문화의집", "연습실", "다목적실"}, {"권선청소년수련관", "강당", "조리실"},
            {"영통청소년문화의집", "스튜디오", "연습실"}, {"수원시평생학습관", "강의실", "조리실"}, {"수원컨벤션센터", "회의실", "전시실"},
            {"수원SK아트리움", "공연장", "연습실"}, {"수원시립아이파크미술관", "전시실", "강의실"}, {"광교노인복지관", "다목적실", "강의실"},
            {"서호노인복지관", "강당", "회의실"}
        };
        for (var row : culture) {
            var site = suwonSite(suwon, region, row[0], null);
            for (int n = 1; n < row.length; n++) {
                var category = Category.of(row[n]).orElseThrow();
                suwonResource(site, row[0] + " " + category.label(), category);
            }
        }
        String[] parking = {
            "화성행궁 공영주차장", "수원역 공영주차장", "인계동 공영주차장", "영통 공영주차장", "매탄 공영주차장", "광교 공영주차장", "권선 공영주차장", "장안문 공영주차장"
        };
        for (var lot : parking) {
            var site = suwonSite(suwon, region, lot, null);
            suwonResource(site, lot, PARKING);
        }
        String[][] parks = {
            {"광교호수공원", "텃밭", "행사"},
            {"만석공원", "텃밭", "체험프로그램"},
            {"일월공원", "캠핑장", "텃밭"},
            {"칠보산 자연체험장", "체험프로그램", "캠핑장"},
            {"서호공원", "텃밭", "행사"}
        };
        for (var row : parks) {
            var site = suwonSite(suwon, region, row[0], null);
            for (int n = 1; n < row.length; n++) {
                var category = Category.of(row[n]).orElseThrow();
                suwonResource(site, row[0] + " " + category.label(), category);
            }
        }
    }

    private void suwonResource(SiteRow site, String name, Category category) {
        resource(generic(site, name, category).openingRules(DemoOpeningRules.suwon(category)));
    }

    private SiteRow suwonSite(InstitutionRow suwon, Region region, String name, @Nullable String dong) {
        var road = dong == null ? pick(ROADS) : dong.replaceAll("\\d?동$", "") + "로";
        return site(
                suwon,
                name,
                "경기도 수원시 %s %d".formatted(road, 10 + random.nextInt(390)),
                suwon.regionCode(),
                jitter(region.lat(), 0.035),
                jitter(region.lng(), 0.045));
    }

    /** Sejong opens four community-centre sports facilities on weekends, thanks to resident volunteers. */
    private void sejong(InstitutionRow sejong) {
        String[][] centres = {
            {"한솔동 복합커뮤니티센터", "세종특별자치시 한누리대로 2135", "36.4802", "127.2590", "GYMNASIUM"},
            {"도담동 복합커뮤니티센터", "세종특별자치시 도움3로 105", "36.5158", "127.2583", "GYMNASIUM"},
            {"아름동 복합커뮤니티센터", "세종특별자치시 도움8로 61", "36.5130", "127.2470", "MULTIPURPOSE_ROOM"},
            {"종촌동 복합커뮤니티센터", "세종특별자치시 도움1로 116", "36.5044", "127.2463", "BADMINTON_COURT"}
        };
        for (var row : centres) {
            var site = site(
                    sejong,
                    row[0],
                    row[1],
                    sejong.regionCode(),
                    Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]));
            var category = Category.valueOf(row[4]);
            resource(generic(
                            site,
                            row[0] + " " + (category == MULTIPURPOSE_ROOM ? "다목적체육관" : category.label()),
                            category)
                    .confirmation(Confirmation.INSTANT)
                    .rules("주말에는 주민 자원봉사자가 근무하는 시간에만 개방합니다. 실내화를 지참해 주세요.")
                    .openingRules(DemoOpeningRules.sejong()));
            volunteerWeekends(resources.getLast().id());
        }
    }

    /** Partners' agreements began on the first of last year and run three years, so they hold well past today. */
    private LocalDate agreementsStart() {
        return today.withDayOfYear(1).minusYears(1);
    }

    /**
     * Volunteers staff every other weekend of the next eight, so the demo shows both an open and a closed one;
     * the weekends between still need two volunteers a day, for residents to sign up. A weekend with a public
     * holiday on it is closed anyway, so it is left out of the alternation: otherwise a holiday such as Seollal
     * could leave the demo without a free weekend to staff within the 21 days bookable.
     */
    private void volunteerWeekends(long resourceId) {
        var saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        var counted = 0;
        for (int week = 0; week < 8; week++) {
            var weekend =
                    List.of(saturday.plusWeeks(week), saturday.plusWeeks(week).plusDays(1));
            if (weekend.stream().anyMatch(KoreanPublicHolidays::isHoliday)) {
                continue;
            }
            var staffed = counted++ % 2 == 0;
            for (var day : weekend) {
                if (staffed) {
                    shifts.add(new ShiftRow(resourceId, day.atTime(9, 0), day.atTime(18, 0), personName()));
                } else {
                    needs.add(new NeedRow(resourceId, day.atTime(9, 0), day.atTime(18, 0), 2));
                }
            }
        }
    }

    /** Danyang's private partners (resorts and religious facilities) open 185 parking spaces at 6 sites. */
    private void danyang(InstitutionRow danyang) {
        record Lot(String partner, String site, String address, double lat, double lng, int spaces) {}
        var lots = List.of(
                new Lot("소백산리조트", "소백산리조트 본관 주차장", "충청북도 단양군 단양읍 삼봉로 187", 36.9856, 128.3497, 50),
                new Lot("소백산리조트", "소백산리조트 별관 주차장", "충청북도 단양군 단양읍 삼봉로 201", 36.9862, 128.3511, 30),
                new Lot("남한강리조트", "남한강리조트 주차장", "충청북도 단양군 단양읍 수변로 95", 36.9790, 128.3620, 35),
                new Lot("구인사", "구인사 공유주차장", "충청북도 단양군 영춘면 구인사길 73", 37.0280, 128.4900, 40),
                new Lot("단양읍교회", "단양읍교회 주차장", "충청북도 단양군 단양읍 중앙1로 12", 36.9845, 128.3655, 15),
                new Lot("단양성당", "단양성당 주차장", "충청북도 단양군 단양읍 도전5길 20", 36.9833, 128.3670, 15));
        var partners = new LinkedHashMap<String, InstitutionRow>();
        var agreementOf = new HashMap<InstitutionRow, AgreementRow>();
        for (var lot : lots) {
            var partner = partners.computeIfAbsent(lot.partner(), name -> {
                var row = institution(
                        "PT%03d".formatted(partners.size() + 1),
                        name,
                        InstitutionKind.PARTNER,
                        new RegionCode(danyang.regionCode()));
                var agreement = new AgreementRow(
                        agreements.size() + 1,
                        danyang.id(),
                        row.id(),
                        agreementsStart(),
                        agreementsStart().plusYears(3).minusDays(1),
                        "관광객과 주민에게 주차장을 무료로 개방한다. 협약이 끝나면 남은 예약은 이행한다.");
                agreements.add(agreement);
                agreementOf.put(row, agreement);
                return row;
            });
            var site = site(partner, lot.site(), lot.address(), danyang.regionCode(), lot.lat(), lot.lng());
            agreementSites.add(new AgreementSiteRow(agreementOf.get(partner).id(), site.id()));
            resource(new Spec(site, lot.site(), PARKING, ResourceKind.POOLED, lot.spaces(), lot.spaces())
                    .confirmation(Confirmation.INSTANT)
                    .openingRules(DemoOpeningRules.parking())
                    .description("단양군과 공유협약을 맺은 민간 주차장입니다. 관광객과 주민 누구나 이용할 수 있습니다.")
                    .amenities("CCTV", "야간조명"));
        }
        account("partner-danyang-resort", "PARTNER", partners.get("소백산리조트").id(), null, null);
    }

    /** South Chungcheong put six meeting rooms in its provincial hall lobby, usable by residents at any time. */
    private void chungnam(InstitutionRow chungnam) {
        var hall = site(chungnam, "충청남도청", "충청남도 홍성군 홍북읍 충남대로 21", "44800", 36.6588, 126.6728);
        for (int n = 1; n <= 6; n++) {
            resource(new Spec(hall, "도청 1층 로비 열린회의실 " + n, MEETING_ROOM, ResourceKind.SPACE, n <= 4 ? 6 : 12, 1)
                    .area(n <= 4 ? 18.0 : 33.0)
                    .confirmation(Confirmation.INSTANT)
                    .description("도청 1층 로비의 열린회의실. 도민 누구나 예약 즉시 이용할 수 있습니다.")
                    .openingRules(DemoOpeningRules.lobbyRoom())
                    .amenities("모니터", "화이트보드", "무선인터넷")
                    .accessible());
        }
    }

    /** Eumseong turned a neglected basement storeroom into a meeting room. */
    private void eumseong(InstitutionRow eumseong) {
        var office = site(eumseong, "음성군청", "충청북도 음성군 음성읍 중앙로 38", eumseong.regionCode(), 36.9403, 127.6906);
        resource(new Spec(office, "음성군청 지하 공유회의실", MEETING_ROOM, ResourceKind.SPACE, 12, 1)
                .area(40.0)
                .confirmation(Confirmation.INSTANT)
                .description("쓰지 않던 지하 창고를 고쳐 만든 회의실입니다. 예약 즉시 확정됩니다.")
                .openingRules(DemoOpeningRules.officeHours())
                .amenities("빔프로젝터", "화이트보드", "무선인터넷")
                .accessible());
    }

    /** Yeongdeungpo made a community centre's rooftop into a vegetable garden for residents and children. */
    private void yeongdeungpo(InstitutionRow yeongdeungpo) {
        var centre =
                site(yeongdeungpo, "당산2동 주민센터", "서울특별시 영등포구 당산로 229", yeongdeungpo.regionCode(), 37.5347, 126.9017);
        resource(new Spec(centre, "당산2동 주민센터 옥상 텃밭", GARDEN, ResourceKind.SPACE, 25, 1)
                .area(160.0)
                .confirmation(Confirmation.APPROVAL)
                .description("주민센터 옥상의 채소 텃밭. 어린이집과 주민 단체의 자연체험 장소로 씁니다. 한 번에 25명까지 방문할 수 있습니다.")
                .rules("어린이 단체는 인솔자가 함께해야 합니다. 작물은 수확 체험 때만 딸 수 있습니다.")
                .openingRules(DemoOpeningRules.gardenVisits())
                .amenities("수돗가", "그늘막", "체험도구"));
    }

    /** Bonghwa made the idle space at its office entrance into a gallery where residents exhibit for free. */
    private void bonghwa(InstitutionRow bonghwa) {
        var office = site(bonghwa, "봉화군청", "경상북도 봉화군 봉화읍 내성로 1111", bonghwa.regionCode(), 36.8931, 128.7325);
        resource(new Spec(office, "봉화군청 현관 갤러리", EXHIBITION_ROOM, ResourceKind.SPACE, 40, 1)
                .area(85.0)
                .confirmation(Confirmation.APPROVAL)
                .description("군청 현관의 빈 공간을 고친 갤러리. 주민 누구나 무료로 작품을 전시할 수 있습니다. 전시는 여러 날 단위로 신청합니다.")
                .rules("전시 기간은 최장 14일입니다. 작품의 설치와 철거는 신청인이 합니다.")
                .openingRules(DemoOpeningRules.gallery())
                .amenities("전시조명", "작품 걸이 레일")
                .accessible());
    }

    // ---------------------------------------------------------------- the generic catalogue

    /** Shares out {@code count} resources over the institutions, local governments getting the most. */
    private void genericCatalogue(List<InstitutionRow> generic, int count) {
        var weights = new double[generic.size()];
        var sum = 0.0;
        for (int n = 0; n < weights.length; n++) {
            var base = switch (generic.get(n).kind()) {
                case LOCAL ->
                    regionsByCode
                                    .get(new RegionCode(generic.get(n).regionCode()))
                                    .isProvince()
                            ? 0.8
                            : 1.0;
                case CENTRAL -> 0.55;
                case PUBLIC, PARTNER -> 0.45;
            };
            weights[n] = base * (0.6 + 0.8 * random.nextDouble());
            sum += weights[n];
        }
        var remaining = count;
        for (int n = 0; n < generic.size(); n++) {
            var share = n == generic.size() - 1 ? remaining : (int) Math.round(count * weights[n] / sum);
            share = Math.max(1, Math.min(share, remaining - (generic.size() - 1 - n)));
            remaining -= share;
            institutionCatalogue(generic.get(n), share);
        }
    }

    private void institutionCatalogue(InstitutionRow institution, int count) {
        var region = regionsByCode.get(new RegionCode(institution.regionCode()));
        var made = 0;
        while (made < count) {
            var template = siteTemplate(institution.kind());
            var site = genericSite(institution, region, template);
            var rooms = Math.min(count - made, 1 + random.nextInt(4));
            for (int n = 0; n < rooms; n++) {
                var category = template.categories[random.nextInt(template.categories.length)];
                resource(generic(site, site.name() + " " + roomName(category, n), category));
            }
            made += rooms;
        }
    }

    private record SiteTemplate(String suffix, boolean namedByPlace, Category... categories) {}

    private static final List<SiteTemplate> LOCAL_SITES = List.of(
            new SiteTemplate("행정복지센터", true, MEETING_ROOM, MULTIPURPOSE_ROOM, LECTURE_ROOM, AUDITORIUM),
            new SiteTemplate("주민자치센터", true, MEETING_ROOM, MULTIPURPOSE_ROOM, PRACTICE_ROOM, KITCHEN),
            new SiteTemplate("국민체육센터", true, GYMNASIUM, SWIMMING_POOL, BADMINTON_COURT, TABLE_TENNIS_ROOM),
            new SiteTemplate("종합운동장", true, FOOTBALL_FIELD, TENNIS_COURT, FUTSAL_COURT, SPORTS_GROUND, GATEBALL_COURT),
            new SiteTemplate("문화예술회관", true, PERFORMANCE_HALL, EXHIBITION_ROOM, PRACTICE_ROOM, LECTURE_ROOM),
            new SiteTemplate("공공도서관", true, LECTURE_ROOM, MEETING_ROOM, MULTIPURPOSE_ROOM, BOOKS),
            new SiteTemplate("청소년수련관", true, AUDITORIUM, PRACTICE_ROOM, STUDIO, KITCHEN, CAMPSITE),
            new SiteTemplate("평생학습관", true, LECTURE_ROOM, COURSE_SESSION, KITCHEN, EXPERIENCE_PROGRAM),
            new SiteTemplate("공영주차장", true, PARKING),
            new SiteTemplate("생태공원", true, GARDEN, CAMPSITE, EXPERIENCE_PROGRAM, EVENT_PROGRAM, PERFORMANCE_SHOW),
            new SiteTemplate("청사", false, MEETING_ROOM, AUDITORIUM, EXHIBITION_ROOM, PARKING),
            new SiteTemplate("물품대여소", false, TENT, EVENT_GOODS, AUDIO_VISUAL_EQUIPMENT, TOOLS, CHILDCARE_GOODS));

    private static final List<SiteTemplate> CENTRAL_SITES = List.of(
            new SiteTemplate("청사", false, MEETING_ROOM, AUDITORIUM, LECTURE_ROOM, PARKING),
            new SiteTemplate("교육원", false, LECTURE_ROOM, AUDITORIUM, GYMNASIUM, LODGING),
            new SiteTemplate("지방청사", false, MEETING_ROOM, MULTIPURPOSE_ROOM, PARKING));

    private static final List<SiteTemplate> PUBLIC_SITES = List.of(
            new SiteTemplate("본사", false, MEETING_ROOM, AUDITORIUM, GYMNASIUM, PARKING, EXHIBITION_ROOM),
            new SiteTemplate("연수원", false, LECTURE_ROOM, LODGING, GYMNASIUM, TENNIS_COURT, CAMPSITE),
            new SiteTemplate("지역본부", false, MEETING_ROOM, MULTIPURPOSE_ROOM, PARKING, AUDIO_VISUAL_EQUIPMENT));

    private SiteTemplate siteTemplate(InstitutionKind kind) {
        return switch (kind) {
            case LOCAL -> pick(LOCAL_SITES);
            case CENTRAL -> pick(CENTRAL_SITES);
            case PUBLIC, PARTNER -> pick(PUBLIC_SITES);
        };
    }

    private SiteRow genericSite(InstitutionRow institution, Region region, SiteTemplate template) {
        var stem = institutionStem(institution);
        var name = template.namedByPlace()
                ? pick(PLACES) + (template.suffix().endsWith("센터") ? "동 " : " ") + template.suffix()
                : stem + " " + template.suffix();
        if (template.namedByPlace() && !name.contains(stem)) {
            name = stem + " " + name;
        }
        // Spread: a few km for a 구 of a city, more for a 시·군 or a whole 시·도.
        var spread = region.isProvince() ? 0.12 : region.name().endsWith("구") ? 0.012 : 0.045;
        return site(
                institution,
                name,
                "%s %s %d".formatted(regionAddress(region), pick(ROADS), 1 + random.nextInt(400)),
                region.code().value(),
                jitter(region.lat(), spread),
                jitter(region.lng(), spread * 1.2));
    }

    /** "수원" for 경기도 수원시, "행정안전부" for a ministry: what local people call the place or body. */
    private String institutionStem(InstitutionRow institution) {
        if (institution.kind() != InstitutionKind.LOCAL) {
            return institution.name();
        }
        var region = regionsByCode.get(new RegionCode(institution.regionCode()));
        var name = region.name();
        if (region.isProvince()) {
            return name.replaceAll("(특별자치시|특별자치도|특별시|광역시|도)$", "");
        }
        return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    private String regionAddress(Region region) {
        if (region.parent() == null) {
            return region.name();
        }
        return regionsByCode.get(region.parent()).name() + " " + region.name();
    }

    private String roomName(Category category, int index) {
        return switch (category) {
            case MEETING_ROOM -> pick(List.of("대회의실", "소회의실", "세미나실", "중회의실", "회의실 " + (index + 1)));
            case LECTURE_ROOM -> "강의실 " + (index + 1);
            case MULTIPURPOSE_ROOM -> pick(List.of("다목적실", "다목적홀", "동아리실"));
            case PRACTICE_ROOM -> pick(List.of("음악연습실", "댄스연습실", "연습실"));
            case TENNIS_COURT, FUTSAL_COURT, BADMINTON_COURT -> category.label() + " " + (index + 1) + "코트";
            case PARKING -> "주차장";
            case TENT -> "행사용 천막";
            case EVENT_GOODS -> pick(List.of("접이식 의자", "행사용 테이블", "이동식 무대"));
            case AUDIO_VISUAL_EQUIPMENT -> pick(List.of("이동식 앰프", "빔프로젝터", "무선마이크 세트"));
            case TOOLS -> pick(List.of("전동공구 세트", "원예공구", "수리공구 세트"));
            case CHILDCARE_GOODS -> pick(List.of("유모차", "아기띠", "유아 카시트"));
            case BOOKS -> "단체 대출 도서꾸러미";
            case COURSE_SESSION -> pick(List.of("생활요가 교실", "스마트폰 활용 강좌", "목공 기초 강좌", "한국사 교양 강좌"));
            case EXPERIENCE_PROGRAM -> pick(List.of("숲 체험", "생태 탐방", "도자기 체험", "전통놀이 체험"));
            case PERFORMANCE_SHOW -> pick(List.of("주말 가족 음악회", "어린이 인형극", "작은 음악회"));
            case EVENT_PROGRAM -> pick(List.of("주말 장터 부스", "가족 축제 부스", "벼룩시장 부스"));
            default -> category.label();
        };
    }

    // ---------------------------------------------------------------- resources

    /** A resource under construction: sensible values drawn at random, which a seed case may override. */
    private final class Spec {
        final SiteRow site;
        final String name;
        final Category category;
        final ResourceKind kind;
        final int capacity;
        final int quantity;

        @Nullable
        Double area;

        @Nullable
        Long feeAmount;

        @Nullable
        FeeUnit feeUnit;

        Confirmation confirmation = Confirmation.INSTANT;
        EligibilityType eligibility = EligibilityType.EVERYONE;

        @Nullable
        String eligibleRegion;

        List<Long> organizations = List.of();
        String description = "";
        String rules = "시설 안에서는 흡연과 취식을 금합니다. 사용 후에는 원래 상태로 정리해 주세요.";
        Set<String> amenities = new LinkedHashSet<>();
        Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

        @Nullable
        OpeningRulesSpec openingRules;

        Spec(SiteRow site, String name, Category category, ResourceKind kind, int capacity, int quantity) {
            this.site = site;
            this.name = name;
            this.category = category;
            this.kind = kind;
            this.capacity = capacity;
            this.quantity = quantity;
        }

        Spec area(double squareMetres) {
            this.area = squareMetres;
            return this;
        }

        Spec fee(long amount, FeeUnit per) {
            this.feeAmount = amount;
            this.feeUnit = per;
            return this;
        }

        Spec confirmation(Confirmation confirmation) {
            this.confirmation = confirmation;
            return this;
        }

        Spec organizations(List<Long> organizations) {
            this.eligibility = EligibilityType.ORGANIZATIONS;
            this.organizations = List.copyOf(organizations);
            return this;
        }

        Spec residents(String region) {
            this.eligibility = EligibilityType.RESIDENTS;
            this.eligibleRegion = region;
            return this;
        }

        Spec description(String description) {
            this.description = description;
            return this;
        }

        Spec rules(String rules) {
            this.rules = rules;
            return this;
        }

        Spec amenities(String... amenities) {
            this.amenities = new LinkedHashSet<>(List.of(amenities));
            return this;
        }

        Spec openingRules(OpeningRulesSpec rules) {
            this.openingRules = rules;
            return this;
        }

        Spec accessible() {
            accessibility.addAll(EnumSet.of(
                    AccessibilityFeature.WHEELCHAIR_ACCESS,
                    AccessibilityFeature.ELEVATOR,
                    AccessibilityFeature.ACCESSIBLE_TOILET,
                    AccessibilityFeature.ACCESSIBLE_PARKING));
            return this;
        }
    }

    /** A resource of the category with capacity, fee, confirmation and facts drawn as such resources have them. */
    private Spec generic(SiteRow site, String name, Category category) {
        var kind = category.usualKind();
        var quantity = switch (category) {
            case PARKING -> 20 + random.nextInt(181);
            case CAMPSITE -> 10 + random.nextInt(31);
            case SWIMMING_POOL -> 20 + random.nextInt(41);
            case COURSE_SESSION, EXPERIENCE_PROGRAM, PERFORMANCE_SHOW, EVENT_PROGRAM -> 10 + random.nextInt(41);
            default -> kind == ResourceKind.ITEM ? 2 + random.nextInt(29) : 1;
        };
        var capacity = kind == ResourceKind.SPACE ? spaceCapacity(category) : quantity;
        var spec = new Spec(site, name, category, kind, capacity, quantity);
        if (kind == ResourceKind.SPACE) {
            spec.area(Math.round(capacity * (1.5 + random.nextDouble() * 2.5)) + 10.0);
        }
        if (random.nextDouble() < 0.55) {
            var per = feeUnit(category);
            var amount = switch (per) {
                case HOUR -> category == PARKING ? 1_000L : 5_000L * (1 + random.nextInt(10));
                case DAY -> 50_000L * (1 + random.nextInt(8));
                case SESSION -> 10_000L * (1 + random.nextInt(5));
                case UNIT -> 1_000L * (1 + random.nextInt(10));
            };
            spec.fee(amount, per);
        }
        var approvalLikelihood = switch (category.group()) {
            case SPORTS, EQUIPMENT, GOODS -> 0.25;
            case FACILITY -> category == MEETING_ROOM || category == PARKING ? 0.3 : 0.6;
            default -> 0.4;
        };
        spec.confirmation(random.nextDouble() < approvalLikelihood ? Confirmation.APPROVAL : Confirmation.INSTANT);
        if (random.nextDouble() < 0.08
                && !regionsByCode.get(new RegionCode(site.regionCode())).isProvince()) {
            spec.residents(site.regionCode());
        }
        spec.amenities.addAll(pickSome(amenitiesOf(category), 2 + random.nextInt(2)));
        for (var feature : AccessibilityFeature.values()) {
            if (random.nextDouble() < accessibilityLikelihood(feature)) {
                spec.accessibility.add(feature);
            }
        }
        spec.description("%s의 %s입니다.".formatted(site.name(), category.label())
                + (kind == ResourceKind.SPACE
                        ? " 최대 %d명이 이용할 수 있습니다.".formatted(capacity)
                        : " %d개를 나누어 씁니다.".formatted(quantity)));
        return spec;
    }

    private int spaceCapacity(Category category) {
        return switch (category) {
            case MEETING_ROOM -> 6 + random.nextInt(45);
            case LECTURE_ROOM, PRACTICE_ROOM, STUDIO, KITCHEN -> 10 + random.nextInt(31);
            case MULTIPURPOSE_ROOM, EXHIBITION_ROOM -> 20 + random.nextInt(81);
            case AUDITORIUM -> 80 + random.nextInt(321);
            case PERFORMANCE_HALL -> 150 + random.nextInt(851);
            case GYMNASIUM -> 50 + random.nextInt(251);
            case FOOTBALL_FIELD, SPORTS_GROUND -> 22 + random.nextInt(79);
            case TENNIS_COURT, BADMINTON_COURT, TABLE_TENNIS_ROOM, GATEBALL_COURT -> 4 + random.nextInt(13);
            case FUTSAL_COURT -> 10 + random.nextInt(11);
            case GARDEN -> 10 + random.nextInt(31);
            case LODGING -> 2 + random.nextInt(9);
            default -> 10 + random.nextInt(41);
        };
    }

    private static FeeUnit feeUnit(Category category) {
        return switch (category.group()) {
            case EQUIPMENT, GOODS -> FeeUnit.UNIT;
            case COURSE, EXPERIENCE, PERFORMANCE, EVENT -> FeeUnit.SESSION;
            case CAMPING_LODGING -> FeeUnit.DAY;
            default -> category == PERFORMANCE_HALL ? FeeUnit.DAY : FeeUnit.HOUR;
        };
    }

    private static List<String> amenitiesOf(Category category) {
        return switch (category.group()) {
            case SPORTS -> List.of("샤워실", "탈의실", "관람석", "야간조명", "사물함", "정수기");
            case CAMPING_LODGING -> List.of("개수대", "샤워실", "전기", "매점", "바비큐장");
            case EQUIPMENT, GOODS -> List.of("배송 가능", "사용 설명서", "보관 가방");
            default ->
                switch (category) {
                    case PARKING -> List.of("CCTV", "야간조명", "전기차 충전기", "경차 전용면");
                    case PERFORMANCE_HALL, AUDITORIUM -> List.of("음향설비", "조명설비", "대기실", "빔프로젝터", "피아노");
                    case GARDEN -> List.of("수돗가", "그늘막", "농기구 보관함");
                    default -> List.of("빔프로젝터", "화이트보드", "무선인터넷", "마이크", "냉난방기", "정수기");
                };
        };
    }

    private static double accessibilityLikelihood(AccessibilityFeature feature) {
        return switch (feature) {
            case WHEELCHAIR_ACCESS -> 0.7;
            case ELEVATOR -> 0.5;
            case ACCESSIBLE_TOILET -> 0.6;
            case ACCESSIBLE_PARKING -> 0.6;
            case BRAILLE_GUIDE -> 0.15;
            case HEARING_LOOP -> 0.05;
        };
    }

    private void resource(Spec spec) {
        // Ids run from 1 in list order.
        var institution = institutions.get((int) spec.site.institutionId() - 1);
        resources.add(new ResourceRow(
                resources.size() + 1,
                spec.site.id(),
                spec.site.institutionId(),
                spec.name,
                spec.category,
                spec.kind,
                spec.capacity,
                spec.quantity,
                spec.area,
                spec.description,
                spec.rules,
                institution.phone(),
                spec.feeAmount,
                spec.feeUnit,
                spec.confirmation,
                spec.eligibility,
                spec.eligibleRegion,
                spec.organizations,
                Set.copyOf(spec.amenities),
                spec.accessibility.isEmpty() ? Set.of() : EnumSet.copyOf(spec.accessibility),
                spec.openingRules != null ? spec.openingRules : DemoOpeningRules.typical(spec.category, random)));
    }

    // ---------------------------------------------------------------- institutions, sites, people

    private InstitutionRow institution(String code, String name, InstitutionKind kind, RegionCode region) {
        var row = new InstitutionRow(institutions.size() + 1, code, name, kind, region.value(), phone(region));
        institutions.add(row);
        return row;
    }

    private InstitutionRow localInstitution(RegionCode region) {
        var code = localCode(regionsByCode.get(region));
        return institutions.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static String localCode(Region region) {
        return "L" + region.code().value();
    }

    /** "서울특별시 중구", "경기도 수원시": a 시·군·구 name alone is not unique (there are six 중구). */
    private String localName(Region region) {
        return region.parent() == null
                ? region.name()
                : regionsByCode.get(region.parent()).name() + " " + region.name();
    }

    private SiteRow site(
            InstitutionRow institution, String name, String address, String region, double lat, double lng) {
        var row = new SiteRow(sites.size() + 1, institution.id(), name, address, region, lat, lng);
        sites.add(row);
        return row;
    }

    private OrganizationRow organization(String name, String type, String region) {
        var row = new OrganizationRow(organizations.size() + 1, name, type, region);
        organizations.add(row);
        return row;
    }

    private void account(
            String username,
            String role,
            @Nullable Long institutionId,
            @Nullable Long organizationId,
            @Nullable String residence) {
        accounts.add(new AccountRow(
                accounts.size() + 1, username, personName(), mobile(), role, institutionId, organizationId, residence));
    }

    private void citizens(int count) {
        var basic = regions.stream().filter(r -> !r.isProvince()).toList();
        for (int n = 1; n <= count; n++) {
            account(
                    "citizen%04d".formatted(n),
                    "CITIZEN",
                    null,
                    null,
                    pick(basic).code().value());
        }
    }

    private String personName() {
        return pick(SURNAMES) + pick(GIVEN_FIRST) + pick(GIVEN_SECOND);
    }

    private String mobile() {
        // 010 numbers' middle group starts from 2 in service: 010-0xxx reaches no one (the same draws as before).
        return "010-0%03d-%04d".formatted(random.nextInt(8000) % 1000, random.nextInt(10000));
    }

    private String phone(RegionCode region) {
        var area = switch (region.value().substring(0, 2)) {
            case "11" -> "02";
            case "26" -> "051";
            case "27" -> "053";
            case "28" -> "032";
            case "29" -> "062";
            case "30" -> "042";
            case "31" -> "052";
            case "36" -> "044";
            case "41" -> "031";
            case "43" -> "043";
            case "44" -> "041";
            case "46" -> "061";
            case "47" -> "054";
            case "48" -> "055";
            case "50" -> "064";
            case "51" -> "033";
            case "52" -> "063";
            default -> "1588";
        };
        return "%s-%03d-%04d".formatted(area, 100 + random.nextInt(900), random.nextInt(10000));
    }

    private double jitter(double centre, double spread) {
        return Math.round((centre + (random.nextDouble() * 2 - 1) * spread) * 1e6) / 1e6;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private List<String> pickSome(List<String> choices, int count) {
        var shuffled = new ArrayList<>(choices);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static final List<String> PLACES = List.of(
            "중앙", "신흥", "행복", "한빛", "푸른", "새솔", "은하", "대흥", "장미", "송정", "월평", "용산", "봉명", "문화", "동산", "서부", "남부", "북부",
            "금성", "청솔", "소망", "평화", "희망", "사랑", "가람", "누리", "하늘", "별빛", "솔밭", "강변");

    private static final List<String> ROADS = List.of(
            "중앙로", "시청로", "문화로", "체육공원로", "평화로", "희망로", "번영로", "충렬로", "새마을로", "강변로", "공원로", "학교길", "시장길", "역전로", "대학로",
            "한빛로", "푸른길", "솔밭길");

    private static final List<String> SURNAMES = List.of(
            "김", "김", "김", "이", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
            "류", "전");

    private static final List<String> GIVEN_FIRST =
            List.of("민", "서", "지", "하", "도", "예", "수", "현", "준", "유", "은", "승", "시", "재", "영", "성", "동", "미", "정", "혜");

    private static final List<String> GIVEN_SECOND =
            List.of("준", "윤", "우", "연", "진", "호", "아", "원", "희", "빈", "린", "민", "서", "훈", "경", "숙", "철", "주", "혁", "은");
}

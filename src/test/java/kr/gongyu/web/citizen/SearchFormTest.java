package kr.gongyu.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.CategoryGroup;
import kr.gongyu.search.ResourceSearch;
import kr.gongyu.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class SearchFormTest {

    private static SearchForm form(
            @Nullable String category,
            @Nullable String minCapacity,
            @Nullable String date,
            @Nullable String from,
            @Nullable String to,
            @Nullable String lat,
            @Nullable String lng,
            @Nullable String page) {
        return new SearchForm(
                "회의실",
                "41",
                category,
                null,
                null,
                minCapacity,
                "true",
                null,
                date,
                from,
                to,
                lat,
                lng,
                null,
                page,
                null,
                null);
    }

    private static SearchForm ordered(String region, @Nullable String district, String sort) {
        return new SearchForm(
                "회의실", region, null, null, null, null, null, null, null, null, null, null, null, null, null, district,
                sort);
    }

    private static SearchForm.Query readOrdered(String region, @Nullable String district, String sort) {
        var errors = new FormErrors();
        var query = ordered(region, district, sort).read(errors);
        assertThat(faultyFields(errors)).isEmpty();
        assertThat(query).isNotNull();
        return query;
    }

    @Test
    void aDistrictOfTheProvinceNarrowsItAndTheOrderIsRead() {
        var suwon = readOrdered("41", "41110", "capacity");
        assertThat(suwon.filter().regionPrefix()).isEqualTo("41110");
        assertThat(suwon.order()).isEqualTo(ResourceSearch.Order.CAPACITY);

        var leftOver = readOrdered("26", "41110", "name");
        assertThat(leftOver.filter().regionPrefix())
                .as("a district left from another province is dropped")
                .isEqualTo("26");
        assertThat(leftOver.order()).isEqualTo(ResourceSearch.Order.NAME);
    }

    @Test
    void anUnknownOrderAndDistanceWithoutAPlaceAreMistakes() {
        var unknown = new FormErrors();
        assertThat(ordered("41", null, "price").read(unknown)).isNull();
        assertThat(faultyFields(unknown)).containsExactly("sort");

        var noPlace = new FormErrors();
        assertThat(ordered("41", null, "distance").read(noPlace)).isNull();
        assertThat(faultyFields(noPlace)).containsExactly("sort");
    }

    private static Set<String> faultyFields(FormErrors errors) {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return errors.in(messages).keySet();
    }

    @Test
    void readsEveryFilterIntoTheSearchsTerms() {
        var errors = new FormErrors();
        var query = form("체육시설", "10", "2026-12-03", "18:00", "20:00", "37.5", "127.0", "3")
                .read(errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(query).isNotNull();
        assertThat(query.filter().categories())
                .allMatch(category -> category.group() == CategoryGroup.SPORTS)
                .contains(Category.GYMNASIUM);
        assertThat(query.filter().regionPrefix()).isEqualTo("41");
        assertThat(query.filter().minCapacity()).isEqualTo(10);
        assertThat(query.filter().free()).isTrue();
        assertThat(query.window().date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(query.window().to()).isEqualTo(LocalTime.of(20, 0));
        assertThat(query.near().radiusKm()).isEqualTo(10);
        assertThat(query.page())
                .as("pages count from 1 on the page, from 0 in the search")
                .isEqualTo(2);
    }

    /** The same bounds as the API's: a radius above 0 up to 500 km, a capacity up to 100,000. */
    @Test
    void takesTheApisLimits() {
        for (var radius : List.of("0", "-1", "500.1")) {
            var errors = new FormErrors();
            near(radius, "10").read(errors);
            assertThat(faultyFields(errors)).as(radius).containsExactly("radiusKm");
        }
        var errors = new FormErrors();
        assertThat(near("0.05", "100000").read(errors)).isNotNull();
        assertThat(faultyFields(errors)).isEmpty();
        near("500", "100001").read(errors);
        assertThat(faultyFields(errors)).containsExactly("minCapacity");
    }

    /** The API's rules where the pages had none: a radius needs a point, and times are {@code HH:mm}. */
    @Test
    void takesTheApisRulesBetweenTerms() {
        var radiusAlone = new FormErrors();
        new SearchForm(
                        "회의실", null, null, null, null, null, null, null, null, null, null, null, null, "5", null, null,
                        null)
                .read(radiusAlone);
        assertThat(faultyFields(radiusAlone)).containsExactly("radiusKm");

        var seconds = new FormErrors();
        form(null, null, "2026-12-03", "18:00:30", "20:00", null, null, null).read(seconds);
        assertThat(faultyFields(seconds)).containsExactly("from");

        var minutes = new FormErrors();
        var query = form(null, null, "2026-12-03", "18:00", "20:00", null, null, null)
                .read(minutes);
        assertThat(faultyFields(minutes)).isEmpty();
        assertThat(query).isNotNull();
        assertThat(query.window())
                .isEqualTo(new ResourceSearch.Window(
                        LocalDate.parse("2026-12-03"), LocalTime.of(18, 0), LocalTime.of(20, 0)));
    }

    private static SearchForm near(String radiusKm, String minCapacity) {
        return new SearchForm(
                "회의실",
                "41",
                null,
                null,
                null,
                minCapacity,
                null,
                null,
                null,
                null,
                null,
                "37.5",
                "127.0",
                radiusKm,
                null,
                null,
                null);
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        var errors = new FormErrors();
        var query =
                form("수영", "-1", "2026-02-30", "25:00", null, "37.5", null, "0").read(errors);

        assertThat(query).isNull();
        assertThat(faultyFields(errors))
                .as("a latitude without its longitude names the one missing")
                .containsExactlyInAnyOrder("category", "minCapacity", "date", "from", "lng", "page");
    }

    @Test
    void refusesTimesWithoutADateAndAnEndBeforeTheStart() {
        var withoutDate = new FormErrors();
        form(null, null, null, "18:00", null, null, null, null).read(withoutDate);
        assertThat(faultyFields(withoutDate)).containsExactly("date");

        var backwards = new FormErrors();
        form(null, null, "2026-12-03", "20:00", "18:00", null, null, null).read(backwards);
        assertThat(faultyFields(backwards)).containsExactly("to");
    }

    @Test
    void linksKeepTheOtherFiltersAndStartAgainFromTheFirstPage() {
        var link = form("회의실", null, null, null, null, null, null, "4").with("region", "11");
        assertThat(link)
                .startsWith("/resources?")
                .contains("region=11")
                .doesNotContain("region=41")
                .doesNotContain("page=")
                .contains("q=%ED%9A%8C%EC%9D%98%EC%8B%A4");
    }
}

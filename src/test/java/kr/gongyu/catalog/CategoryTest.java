package kr.gongyu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void selectsOneCategoryByItsKoreanLabelOrName() {
        assertThat(Category.selectedBy("회의실")).containsExactly(Category.MEETING_ROOM);
        assertThat(Category.selectedBy("meeting_room")).containsExactly(Category.MEETING_ROOM);
    }

    @Test
    void selectsEveryCategoryOfAMajorClassByItsLabel() {
        assertThat(Category.selectedBy("체육시설"))
                .contains(Category.GYMNASIUM, Category.TENNIS_COURT)
                .allMatch(c -> c.group() == CategoryGroup.SPORTS);
    }

    @Test
    void selectsNothingForAnUnknownTerm() {
        assertThat(Category.selectedBy("없는분류")).isEmpty();
    }

    @Test
    void labelsAreUniqueSoThatTheApiCanNameEachCategory() {
        var labels = new HashSet<String>();
        Arrays.stream(Category.values())
                .forEach(c -> assertThat(labels.add(c.label())).as(c.label()).isTrue());
    }

    @Test
    void aClassLabelThatIsAlsoACategoryLabelSelectsTheSameResources() {
        for (var group : CategoryGroup.values()) {
            Category.of(group.label())
                    .ifPresent(category -> assertThat(Category.selectedBy(group.label()))
                            .as(group.label())
                            .containsExactly(category)
                            .allMatch(c -> c.group() == group));
        }
    }

    @Test
    void everyMajorClassHasACategory() {
        Arrays.stream(CategoryGroup.values())
                .forEach(group -> assertThat(Category.selectedBy(group.label())).isNotEmpty());
    }
}

package kr.gongyu.catalog;

import static kr.gongyu.catalog.CategoryGroup.*;
import static kr.gongyu.catalog.ResourceKind.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The finer category of a resource, under one of the national portal's major classes. The Korean label is
 * what the API shows and accepts ({@code 회의실}); the kind is the usual one for the category, which a
 * resource may override.
 */
public enum Category {
    GYMNASIUM("체육관", "Gymnasium", SPORTS, SPACE),
    TENNIS_COURT("테니스장", "Tennis court", SPORTS, SPACE),
    FUTSAL_COURT("풋살장", "Futsal court", SPORTS, SPACE),
    FOOTBALL_FIELD("축구장", "Football field", SPORTS, SPACE),
    BADMINTON_COURT("배드민턴장", "Badminton court", SPORTS, SPACE),
    TABLE_TENNIS_ROOM("탁구장", "Table tennis room", SPORTS, SPACE),
    SWIMMING_POOL("수영장", "Swimming pool", SPORTS, POOLED),
    GATEBALL_COURT("게이트볼장", "Gateball court", SPORTS, SPACE),
    SPORTS_GROUND("운동장", "Sports ground", SPORTS, SPACE),
    MEETING_ROOM("회의실", "Meeting room", FACILITY, SPACE),
    AUDITORIUM("강당", "Auditorium", FACILITY, SPACE),
    LECTURE_ROOM("강의실", "Lecture room", FACILITY, SPACE),
    MULTIPURPOSE_ROOM("다목적실", "Multipurpose room", FACILITY, SPACE),
    EXHIBITION_ROOM("전시실", "Exhibition room", FACILITY, SPACE),
    PERFORMANCE_HALL("공연장", "Performance hall", FACILITY, SPACE),
    PARKING("주차장", "Parking", FACILITY, POOLED),
    GARDEN("텃밭", "Garden", FACILITY, SPACE),
    STUDIO("스튜디오", "Studio", FACILITY, SPACE),
    PRACTICE_ROOM("연습실", "Practice room", FACILITY, SPACE),
    KITCHEN("조리실", "Kitchen", FACILITY, SPACE),
    CAMPSITE("캠핑장", "Campsite", CAMPING_LODGING, POOLED),
    LODGING("숙소", "Lodging", CAMPING_LODGING, SPACE),
    AUDIO_VISUAL_EQUIPMENT("음향·영상장비", "Audio-visual equipment", EQUIPMENT, ITEM),
    TOOLS("공구", "Tools", EQUIPMENT, ITEM),
    TENT("천막", "Tent", EQUIPMENT, ITEM),
    EVENT_GOODS("행사물품", "Event goods", GOODS, ITEM),
    CHILDCARE_GOODS("육아용품", "Childcare goods", GOODS, ITEM),
    BOOKS("도서", "Books", GOODS, ITEM),
    COURSE_SESSION("교육강좌", "Course", COURSE, POOLED),
    EXPERIENCE_PROGRAM("체험프로그램", "Experience programme", EXPERIENCE, POOLED),
    PERFORMANCE_SHOW("공연", "Performance", PERFORMANCE, POOLED),
    EVENT_PROGRAM("행사", "Event", EVENT, POOLED);

    private final String label;
    private final String labelEn;
    private final CategoryGroup group;
    private final ResourceKind usualKind;

    Category(String label, String labelEn, CategoryGroup group, ResourceKind usualKind) {
        this.label = label;
        this.labelEn = labelEn;
        this.group = group;
        this.usualKind = usualKind;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    public CategoryGroup group() {
        return group;
    }

    public ResourceKind usualKind() {
        return usualKind;
    }

    /** The category with this Korean label or constant name. */
    public static Optional<Category> of(String name) {
        return Arrays.stream(values())
                .filter(c -> c.label.equals(name) || c.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /**
     * The categories a search term selects: one category by its label or name, or every category of a major
     * class by the class's label or name ({@code 체육시설}); empty when the term names neither.
     */
    public static Set<Category> selectedBy(String term) {
        var single = of(term);
        if (single.isPresent()) {
            return EnumSet.of(single.get());
        }
        var selected = EnumSet.noneOf(Category.class);
        for (var group : CategoryGroup.values()) {
            if (group.label().equals(term) || group.name().equalsIgnoreCase(term)) {
                Arrays.stream(values()).filter(c -> c.group == group).forEach(selected::add);
            }
        }
        return selected;
    }
}

package kr.gongyu.catalog;

/** The national portal's major classes of resource; every {@link Category} belongs to one. */
public enum CategoryGroup {
    SPORTS("체육시설", "Sports facilities"),
    FACILITY("시설", "Facilities"),
    CAMPING_LODGING("캠핑장·숙소", "Campsites and lodging"),
    EQUIPMENT("장비", "Equipment"),
    GOODS("물품", "Goods"),
    COURSE("교육강좌", "Courses"),
    EXPERIENCE("체험", "Experiences"),
    PERFORMANCE("공연", "Performances"),
    EVENT("행사", "Events");

    private final String label;
    private final String labelEn;

    CategoryGroup(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}

package kr.gongyu.catalog;

/** Accessibility facts (편의시설) a disabled or elderly visitor needs before choosing a resource. */
public enum AccessibilityFeature {
    WHEELCHAIR_ACCESS,
    ELEVATOR,
    ACCESSIBLE_TOILET,
    ACCESSIBLE_PARKING,
    BRAILLE_GUIDE,
    HEARING_LOOP
}

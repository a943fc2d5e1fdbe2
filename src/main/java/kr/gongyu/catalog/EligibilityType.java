package kr.gongyu.catalog;

/** Who may book a resource. */
public enum EligibilityType {
    EVERYONE,
    /** Residents of one region (and the regions beneath it). */
    RESIDENTS,
    /** Members of listed organisations, such as Samcheok's kindergartens and schools. */
    ORGANIZATIONS
}

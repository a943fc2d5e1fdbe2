package kr.gongyu.catalog;

/** What one fee amount pays for. */
public enum FeeUnit {
    HOUR,
    SESSION,
    DAY,
    UNIT
}

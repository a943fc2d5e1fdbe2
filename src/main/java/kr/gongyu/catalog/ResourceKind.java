package kr.gongyu.catalog;

/** How a resource is shared out. */
public enum ResourceKind {
    /** Exclusive use of a room, hall or field for a time: quantity is always 1. */
    SPACE,
    /** N interchangeable units used at the same time, such as 180 parking spaces or 30 seats of a course. */
    POOLED,
    /** Lendable equipment with a quantity. */
    ITEM
}

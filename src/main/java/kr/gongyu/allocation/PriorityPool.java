package kr.gongyu.allocation;

/** A priority pool of a lottery round: applicants whose status an operator verified are served first. */
public enum PriorityPool {
    /** 장애인. */
    DISABLED,
    /** 다자녀. */
    MULTI_CHILD,
    /** 지역주민. */
    RESIDENT,
    /** 국가유공자. */
    NATIONAL_MERIT
}

package kr.gongyu.institution;

/** The four kinds of body that open resources on Gongyu. */
public enum InstitutionKind {
    /** Central ministry or agency (중앙행정기관). */
    CENTRAL,
    /** Local government (지방자치단체): a 시·도 or a 시·군·구. */
    LOCAL,
    /** Public institution (공공기관). */
    PUBLIC,
    /** Private partner opening its resources under a sharing agreement with a local government. */
    PARTNER
}

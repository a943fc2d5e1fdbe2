package kr.gongyu.identity;

/** What an account may do. Staff and partner staff act for one institution; everyone else for themselves. */
public enum Role {
    /** A citizen (이용자) booking for themselves. */
    CITIZEN,
    /** The representative of an organisation (a kindergarten, school or club) booking on its behalf. */
    ORGANIZATION,
    /** Staff (기관 담당자) of one institution: runs its sites, resources and bookings. */
    STAFF,
    /** Staff of a private partner: like staff, for the partner's own resources under its agreements. */
    PARTNER,
    /** Platform operator (행정안전부): onboards institutions and reads the audit log. */
    OPERATOR;

    /** Whether the role runs an institution's resources, and so is scoped to one institution. */
    public boolean isInstitutionStaff() {
        return this == STAFF || this == PARTNER;
    }
}

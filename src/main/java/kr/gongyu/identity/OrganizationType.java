package kr.gongyu.identity;

/** What an organisation is; a resource may admit every organisation of approved types. */
public enum OrganizationType {
    KINDERGARTEN,
    DAYCARE,
    SCHOOL,
    CLUB,
    NGO,
    COMPANY
}

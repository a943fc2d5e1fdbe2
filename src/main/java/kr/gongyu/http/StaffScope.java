package kr.gongyu.http;

import java.util.Optional;
import kr.gongyu.identity.Caller;
import kr.gongyu.institution.InstitutionId;

/**
 * The tenancy rule of the console, on the API and the pages alike: staff act for their own institution, and for no
 * other. A controller method that takes one as a parameter is given the signed-in staff member's, and anyone who is
 * not staff is refused ({@link NotStaff}) before the method runs.
 */
public record StaffScope(Caller caller, InstitutionId institution) {

    /** The caller's scope when it is an institution's staff (or a partner's). */
    public static Optional<StaffScope> of(Caller caller) {
        return caller.staffInstitution().map(institution -> new StaffScope(caller, institution));
    }
}

package kr.gongyu.api.admin;

import kr.gongyu.api.ApiException;
import kr.gongyu.identity.Caller;
import kr.gongyu.institution.InstitutionId;
import org.springframework.http.HttpStatus;

/** The tenancy rule of the console: staff act for their own institution, and for no other. */
final class StaffScope {

    private StaffScope() {}

    static InstitutionId institutionOf(Caller caller) {
        return caller.staffInstitution().orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN"));
    }
}

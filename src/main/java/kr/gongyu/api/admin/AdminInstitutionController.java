package kr.gongyu.api.admin;

import java.util.List;
import kr.gongyu.api.AccountSummary;
import kr.gongyu.api.ApiException;
import kr.gongyu.http.StaffScope;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.Institutions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff member's own institution and its staff (names and phones masked). */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminInstitutionController {

    private final Institutions institutions;
    private final AccountDirectory accounts;

    AdminInstitutionController(Institutions institutions, AccountDirectory accounts) {
        this.institutions = institutions;
        this.accounts = accounts;
    }

    record InstitutionResponse(
            String id,
            String code,
            String name,
            InstitutionKind kind,
            String regionCode,
            @Nullable String phone) {}

    @GetMapping("/institution")
    InstitutionResponse institution(StaffScope scope) {
        var id = scope.institution();
        var institution =
                institutions.find(id).orElseThrow(() -> ApiException.notFound("what.institution", id.toString()));
        return new InstitutionResponse(
                id.toString(),
                institution.code(),
                institution.name(),
                institution.kind(),
                institution.region().value(),
                institution.phone());
    }

    @GetMapping("/staff")
    List<AccountSummary> staff(StaffScope scope) {
        return accounts.staffOf(scope.institution()).stream()
                .map(AccountSummary::of)
                .toList();
    }
}

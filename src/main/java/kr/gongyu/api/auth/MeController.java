package kr.gongyu.api.auth;

import kr.gongyu.api.AccountDetails;
import kr.gongyu.api.ApiException;
import kr.gongyu.identity.Accounts;
import kr.gongyu.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: the caller's own account, unmasked, since it is their own. */
@RestController
class MeController {

    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    AccountDetails me(Caller caller) {
        return accounts.findById(caller.id().value())
                .map(AccountDetails::of)
                .orElseThrow(
                        () -> ApiException.notFound("what.account", caller.id().toString()));
    }
}

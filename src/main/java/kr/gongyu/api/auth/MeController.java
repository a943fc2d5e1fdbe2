package kr.gongyu.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.gongyu.api.AccountDetails;
import kr.gongyu.api.ApiException;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.PasswordChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: the caller's own account, unmasked, since it is their own; {@code PUT /api/v1/me/password}
 * changes its password, which ends every token of the account, this one included.
 */
@RestController
class MeController {

    private final AccountDirectory accounts;
    private final PasswordChange passwordChange;

    MeController(AccountDirectory accounts, PasswordChange passwordChange) {
        this.accounts = accounts;
        this.passwordChange = passwordChange;
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    AccountDetails me(Caller caller) {
        return accounts.find(caller.id())
                .map(AccountDetails::of)
                .orElseThrow(
                        () -> ApiException.notFound("what.account", caller.id().toString()));
    }

    record PasswordRequest(
            @NotNull @Size(max = 128) String currentPassword,
            @NotNull @Size(max = 128) String newPassword) {}

    /** 204; a wrong current password is 403 {@code WRONG_PASSWORD}, counted like a failed log-in. */
    @PutMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePassword(
            Caller caller, @Valid @RequestBody PasswordRequest change, HttpServletRequest request) {
        try {
            passwordChange.change(caller, change.currentPassword(), change.newPassword(), request.getRemoteAddr());
        } catch (PasswordChange.Refused refused) {
            throw switch (refused.reason()) {
                case WRONG_PASSWORD -> new ApiException(HttpStatus.FORBIDDEN, "WRONG_PASSWORD");
                case TOO_MANY_ATTEMPTS -> new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS");
                case INVALID_PASSWORD -> ApiException.invalid("newPassword", refused.messageKey());
            };
        }
        return ResponseEntity.noContent().build();
    }
}

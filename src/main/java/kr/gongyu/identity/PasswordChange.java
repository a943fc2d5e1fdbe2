package kr.gongyu.identity;

import java.time.Clock;
import kr.gongyu.identity.internal.AccountStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * An account changes its own password, giving the current one: every token and session issued before ends
 * ({@link CredentialVersions}). A wrong current password counts like a failed log-in from the address
 * ({@link LoginAttempts}), so a stolen session cannot guess it faster than the log-in could; both outcomes are
 * audited.
 */
@Service
public class PasswordChange {

    /** Why a change was refused; {@code messageKey} says it in the bundles. */
    public enum Reason {
        /** The current password given is not the account's. */
        WRONG_PASSWORD("password.error.wrong"),
        /** The address failed too often lately for this account, as at log-in. */
        TOO_MANY_ATTEMPTS("password.error.tooMany"),
        /** The new password breaks the rules of sign-up; the exception's message key says which. */
        INVALID_PASSWORD("signup.error.password");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public static final class Refused extends RuntimeException {

        private final Reason reason;
        private final String messageKey;

        Refused(Reason reason, String messageKey) {
            super(reason.name());
            this.reason = reason;
            this.messageKey = messageKey;
        }

        Refused(Reason reason) {
            this(reason, reason.messageKey);
        }

        public Reason reason() {
            return reason;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final String AUDITED_ACTION = "CHANGE_PASSWORD";

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final AuditLog auditLog;
    private final Clock clock;

    PasswordChange(
            AccountStore accounts, PasswordEncoder passwords, LoginAttempts attempts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Sets the caller's new password, from the client address given, and answers the account as it is now, for the
     * session that asked to carry on. Not one transaction: a wrong password's count must stay when the change is
     * refused, and the account's own version check refuses a change that raced another.
     */
    public AccountPrincipal change(Caller caller, String currentPassword, String newPassword, String address) {
        var account = accounts.findById(caller.id().value()).orElseThrow(() -> new Refused(Reason.WRONG_PASSWORD));
        if (attempts.isLockedOut(account.username(), address)) {
            throw new Refused(Reason.TOO_MANY_ATTEMPTS);
        }
        var mistake = CitizenSignUp.passwordMistake(newPassword, account.username());
        if (mistake.isPresent()) {
            throw new Refused(Reason.INVALID_PASSWORD, mistake.get());
        }
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            attempts.failed(account.username(), address);
            audit(caller, address, 403);
            throw new Refused(Reason.WRONG_PASSWORD);
        }
        attempts.succeeded(account.username(), address);
        account.changePassword(passwords.encode(newPassword));
        var changed = accounts.save(account);
        audit(caller, address, 204);
        return new AccountPrincipal(changed.caller(), changed.passwordHash());
    }

    private void audit(Caller caller, String address, int outcome) {
        auditLog.record(new AuditEvent(
                clock.instant(),
                caller.id(),
                caller.username(),
                caller.role(),
                caller.institution(),
                AUDITED_ACTION,
                "account:" + caller.id(),
                outcome,
                address));
    }
}

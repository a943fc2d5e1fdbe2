package kr.gongyu.identity;

import java.time.Clock;
import kr.gongyu.identity.internal.Account;
import kr.gongyu.identity.internal.AccountStore;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.InstitutionView;
import kr.gongyu.institution.Institutions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators disable and enable accounts and change their roles. Each change ends every token and session of the
 * account at once ({@link CredentialVersions}) and is audited with what it set; an operator cannot change their own
 * account, so the platform cannot lose its last operator by a slip.
 */
@Service
public class AccountAccess {

    /** Why a change was refused. */
    public enum Reason {
        /** No account has the id. */
        NOT_FOUND,
        /** The operator named their own account. */
        OWN_ACCOUNT,
        /** The institution or organisation does not fit the role; the exception names the field and message. */
        INVALID
    }

    public static final class Refused extends RuntimeException {

        private final Reason reason;
        private final @Nullable String field;
        private final @Nullable String messageKey;

        Refused(Reason reason) {
            this(reason, null, null);
        }

        Refused(Reason reason, @Nullable String field, @Nullable String messageKey) {
            super(reason.name());
            this.reason = reason;
            this.field = field;
            this.messageKey = messageKey;
        }

        public Reason reason() {
            return reason;
        }

        /** The field of the request at fault, for {@link Reason#INVALID}. */
        public @Nullable String field() {
            return field;
        }

        /** What is wrong with the field, as a key of the bundles, for {@link Reason#INVALID}. */
        public @Nullable String messageKey() {
            return messageKey;
        }
    }

    private final AccountStore accounts;
    private final Institutions institutions;
    private final Organizations organizations;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountAccess(
            AccountStore accounts,
            Institutions institutions,
            Organizations organizations,
            AuditLog auditLog,
            Clock clock) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Enables or disables another's account; a disabled one cannot log in nor get a token. */
    @Transactional
    public AccountView setEnabled(Caller operator, AccountId id, boolean enabled, String address) {
        var account = another(operator, id);
        account.enable(enabled);
        audit(operator, enabled ? "ENABLE_ACCOUNT" : "DISABLE_ACCOUNT", account, address);
        return account.view();
    }

    /**
     * Gives another's account a new role, with the institution staff and partner staff act for (a partner's for
     * partner staff, a public body's for staff) or the organisation an organisation account represents, and
     * neither for the other roles.
     */
    @Transactional
    public AccountView changeRole(
            Caller operator,
            AccountId id,
            Role role,
            @Nullable InstitutionId institution,
            @Nullable Long organization,
            String address) {
        var account = another(operator, id);
        checkInstitution(role, institution);
        checkOrganization(role, organization);
        account.changeRole(role, institution, organization);
        var scope = institution != null ? " institution:" + institution : "";
        scope += organization != null ? " organization:" + organization : "";
        audit(operator, "CHANGE_ROLE " + role + scope, account, address);
        return account.view();
    }

    private Account another(Caller operator, AccountId id) {
        if (operator.id().equals(id)) {
            throw new Refused(Reason.OWN_ACCOUNT);
        }
        return accounts.findById(id.value()).orElseThrow(() -> new Refused(Reason.NOT_FOUND));
    }

    private void checkInstitution(Role role, @Nullable InstitutionId institution) {
        if (role.isInstitutionStaff() != (institution != null)) {
            throw new Refused(Reason.INVALID, "institutionId", "account.error.roleInstitution");
        }
        if (institution != null) {
            var partner = institutions
                    .find(institution)
                    .map(InstitutionView::kind)
                    .map(kind -> kind == InstitutionKind.PARTNER)
                    .orElseThrow(() -> new Refused(Reason.INVALID, "institutionId", "account.error.noInstitution"));
            if (partner != (role == Role.PARTNER)) {
                throw new Refused(Reason.INVALID, "institutionId", "account.error.institutionKind");
            }
        }
    }

    private void checkOrganization(Role role, @Nullable Long organization) {
        if ((role == Role.ORGANIZATION) != (organization != null)) {
            throw new Refused(Reason.INVALID, "organizationId", "account.error.roleOrganization");
        }
        if (organization != null && organizations.typeOf(organization).isEmpty()) {
            throw new Refused(Reason.INVALID, "organizationId", "account.error.noOrganization");
        }
    }

    private void audit(Caller operator, String action, Account account, String address) {
        auditLog.record(new AuditEvent(
                clock.instant(),
                operator.id(),
                operator.username(),
                operator.role(),
                operator.institution(),
                action,
                "account:" + account.id(),
                200,
                address));
    }
}

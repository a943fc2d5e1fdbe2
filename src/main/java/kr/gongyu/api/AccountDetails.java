package kr.gongyu.api;

import java.time.OffsetDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.Role;
import org.jspecify.annotations.Nullable;

/** One account in full: one's own, or another's read by an operator (and recorded in the audit log). */
public record AccountDetails(
        String id,
        String username,
        String name,
        @Nullable String phone,
        Role role,
        @Nullable String institutionId,
        @Nullable String organizationId,
        @Nullable String residenceRegionCode,
        OffsetDateTime createdAt,
        boolean enabled) {

    public static AccountDetails of(AccountView account) {
        var phone = account.phone();
        var institution = account.institution();
        var organization = account.organization();
        return new AccountDetails(
                account.id().toString(),
                account.username(),
                account.name().value(),
                phone == null ? null : phone.value(),
                account.role(),
                institution == null ? null : institution.toString(),
                organization == null ? null : organization.toString(),
                account.residenceRegionCode(),
                account.createdAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                account.enabled());
    }
}

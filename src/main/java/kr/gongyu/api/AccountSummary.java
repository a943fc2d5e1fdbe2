package kr.gongyu.api;

import kr.gongyu.identity.AccountView;
import kr.gongyu.identity.Role;
import org.jspecify.annotations.Nullable;

/** Someone else's account in a list: name and phone masked (홍*동, 010-****-1234). */
public record AccountSummary(
        String id, String username, String name, @Nullable String phone, Role role) {

    public static AccountSummary of(AccountView account) {
        var phone = account.phone();
        return new AccountSummary(
                account.id().toString(),
                account.username(),
                account.name().masked(),
                phone == null ? null : phone.masked(),
                account.role());
    }
}

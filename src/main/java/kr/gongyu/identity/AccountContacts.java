package kr.gongyu.identity;

import kr.gongyu.identity.internal.Account;
import kr.gongyu.identity.internal.AccountStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's email address and mobile number as the account keeps them; proving them by codes is the
 * notification module's part. Each call joins the caller's transaction, so a refusal there undoes the change.
 */
@Service
public class AccountContacts {

    private final AccountStore accounts;

    AccountContacts(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** New contact details, each unverified unless unchanged; null removes one. The account as it is now. */
    @Transactional
    public AccountView change(AccountId id, @Nullable String email, @Nullable String mobile) {
        var account = account(id);
        account.changeEmail(email);
        account.changeMobile(mobile);
        return accounts.save(account).view();
    }

    /** The email address proved the account's by its code; false if the address changed since the code was sent. */
    @Transactional
    public boolean verifyEmail(AccountId id, String address) {
        return account(id).verifyEmail(address);
    }

    /** The mobile number proved the account's by its code; false if the number changed since the code was sent. */
    @Transactional
    public boolean verifyMobile(AccountId id, String number) {
        return account(id).verifyMobile(number);
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new IllegalStateException("No account " + id));
    }
}

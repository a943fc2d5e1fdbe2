package kr.gongyu.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.gongyu.identity.internal.Account;
import kr.gongyu.identity.internal.AccountStore;
import kr.gongyu.institution.InstitutionId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules look them up: by id, by username, an institution's staff. */
@Service
public class AccountDirectory {

    private final AccountStore accounts;

    AccountDirectory(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::view);
    }

    /** The accounts among the ids that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<AccountView> findAll(Collection<AccountId> ids) {
        return accounts
                .findAllById(ids.stream().map(AccountId::value).distinct().toList())
                .stream()
                .map(Account::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(AccountId id) {
        return accounts.existsById(id.value());
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(Account::view);
    }

    /** The staff and partner staff of one institution, by username. */
    @Transactional(readOnly = true)
    public List<AccountView> staffOf(InstitutionId institution) {
        return accounts.findStaffOf(institution.value()).stream()
                .map(Account::view)
                .toList();
    }

    /** Accounts whose username starts with the text, by username. */
    @Transactional(readOnly = true)
    public Page<AccountView> findByUsernameStartingWith(String prefix, Pageable page) {
        return accounts.findByUsernameStartingWith(prefix, page).map(Account::view);
    }
}

package kr.gongyu.identity.internal;

import java.util.List;
import java.util.Optional;
import kr.gongyu.LikePattern;
import kr.gongyu.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All accounts. */
public interface AccountStore extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    /** The staff and partner staff of one institution, by username. */
    @Query("select a from Account a where a.institutionId = :institution order by a.username")
    List<Account> findStaffOf(@Param("institution") long institutionId);

    /** Accounts whose username starts with the text, by username. */
    default Page<Account> findByUsernameStartingWith(String prefix, Pageable page) {
        return findByUsernamePattern(LikePattern.startingWith(prefix), page);
    }

    @Query("select a from Account a where a.username like :pattern escape '\\' order by a.username")
    Page<Account> findByUsernamePattern(@Param("pattern") String pattern, Pageable page);
}

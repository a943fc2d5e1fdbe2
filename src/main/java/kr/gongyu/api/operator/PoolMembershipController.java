package kr.gongyu.api.operator;

import kr.gongyu.allocation.Lotteries;
import kr.gongyu.allocation.PriorityPool;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lottery priority pools an account belongs to (장애인, 다자녀 …), as an operator verified them from the
 * applicant's documents: an application in a pool is accepted only for an account granted it here.
 */
@RestController
@RequestMapping("/api/v1/operator/accounts/{id}/pools/{pool}")
class PoolMembershipController {

    private final Lotteries lotteries;
    private final AccountDirectory accounts;

    PoolMembershipController(Lotteries lotteries, AccountDirectory accounts) {
        this.lotteries = lotteries;
        this.accounts = accounts;
    }

    @PutMapping
    ResponseEntity<Void> grant(Caller operator, @PathVariable String id, @PathVariable PriorityPool pool) {
        lotteries.grantPool(account(id), pool, operator.id());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable PriorityPool pool) {
        lotteries.revokePool(account(id), pool);
        return ResponseEntity.noContent().build();
    }

    private AccountId account(String id) {
        return Ids.parse(id)
                .map(AccountId::new)
                .filter(accounts::exists)
                .orElseThrow(() -> ApiException.notFound("what.account", id));
    }
}

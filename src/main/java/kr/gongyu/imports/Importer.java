package kr.gongyu.imports;

import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/**
 * Who imports: a staff member, for their institution only (rows naming another institution are rejected), or a
 * platform operator, whose rows each name their institution by 제공기관코드 or 제공기관명.
 *
 * @param institution the staff member's institution; null for an operator
 */
public record Importer(AccountId account, @Nullable InstitutionId institution) {

    public static Importer staff(AccountId account, InstitutionId institution) {
        return new Importer(account, institution);
    }

    public static Importer operator(AccountId account) {
        return new Importer(account, null);
    }

    public boolean isOperator() {
        return institution == null;
    }
}

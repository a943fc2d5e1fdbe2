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
public record ImportCaller(AccountId account, @Nullable InstitutionId institution) {

    public static ImportCaller staff(AccountId account, InstitutionId institution) {
        return new ImportCaller(account, institution);
    }

    public static ImportCaller operator(AccountId account) {
        return new ImportCaller(account, null);
    }

    public boolean isOperator() {
        return institution == null;
    }
}

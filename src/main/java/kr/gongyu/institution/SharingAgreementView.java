package kr.gongyu.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A sharing agreement as the rest of the platform sees it.
 *
 * @param endsOn the agreement's last day: earlier than agreed when it was ended early
 * @param sites ids of the partner's sites it covers
 */
public record SharingAgreementView(
        long id,
        InstitutionId localGovernment,
        InstitutionId partner,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String terms,
        WhenAgreementEnds onEnd,
        @Nullable Instant endedEarlyAt,
        Set<Long> sites) {

    public SharingAgreementView {
        sites = Set.copyOf(sites);
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}

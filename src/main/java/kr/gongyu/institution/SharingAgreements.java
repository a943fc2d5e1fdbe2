package kr.gongyu.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.gongyu.Seoul;
import kr.gongyu.institution.internal.InstitutionStore;
import kr.gongyu.institution.internal.SharingAgreement;
import kr.gongyu.institution.internal.SharingAgreementStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing agreements as a local government records and ends them, and as the rest of the platform asks about
 * them: a site that any agreement covers is open only on the days an agreement in force covers it.
 */
@Service
public class SharingAgreements {

    /** The longest agreement recorded at once; Danyang's run three years, renewed. */
    static final int MAX_YEARS = 10;

    private final SharingAgreementStore store;
    private final InstitutionStore institutions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SharingAgreements(
            SharingAgreementStore store, InstitutionStore institutions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.institutions = institutions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an agreement of the local government with a partner for the period, opening the partner's sites
     * (the caller has checked they are the partner's).
     */
    @Transactional
    public SharingAgreementView record(
            InstitutionId localGovernment,
            InstitutionId partner,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String terms,
            WhenAgreementEnds onEnd,
            Set<Long> sites) {
        if (!isOfKind(localGovernment, InstitutionKind.LOCAL)) {
            throw new AgreementRefused("localGovernment", "agreement.notLocalGovernment");
        }
        if (!isOfKind(partner, InstitutionKind.PARTNER)) {
            throw new AgreementRefused("partner", "agreement.notPartner");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new AgreementRefused("endsOn", "agreement.endsBeforeStart");
        }
        if (endsOn.isAfter(startsOn.plusYears(MAX_YEARS))) {
            throw new AgreementRefused("endsOn", "agreement.tooLong");
        }
        if (endsOn.isBefore(today())) {
            throw new AgreementRefused("endsOn", "agreement.endsInPast");
        }
        if (sites.isEmpty()) {
            throw new AgreementRefused("sites", "agreement.noSites");
        }
        var agreement =
                store.save(new SharingAgreement(localGovernment, partner, startsOn, endsOn, terms, onEnd, sites));
        events.publishEvent(new SharingAgreementRecorded(agreement.id(), agreement.sites()));
        return view(agreement);
    }

    /** The agreements the institution is a party to, as local government or as partner; newest first. */
    @Transactional(readOnly = true)
    public List<SharingAgreementView> of(InstitutionId institution) {
        return store.involving(institution.value()).stream()
                .map(SharingAgreements::view)
                .toList();
    }

    /** One of the institution's agreements; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<SharingAgreementView> of(InstitutionId institution, long id) {
        return store.findById(id)
                .filter(agreement -> agreement.localGovernment().equals(institution)
                        || agreement.partner().equals(institution))
                .map(SharingAgreements::view);
    }

    /**
     * Ends one of the local government's agreements after {@code lastDay} (today at the earliest): its sites
     * take no bookings for later days, and those already made are handled as the agreement says.
     */
    @Transactional
    public Optional<SharingAgreementView> endEarly(InstitutionId localGovernment, long id, LocalDate lastDay) {
        var found = store.findById(id)
                .filter(agreement -> agreement.localGovernment().equals(localGovernment));
        found.ifPresent(agreement -> {
            if (lastDay.isBefore(today()) || lastDay.isBefore(agreement.startsOn())) {
                throw new AgreementRefused("lastDay", "agreement.lastDayPast");
            }
            if (!lastDay.isBefore(agreement.endsOn())) {
                throw new AgreementRefused("lastDay", "agreement.lastDayNotEarlier");
            }
            agreement.endEarly(lastDay, clock.instant());
            events.publishEvent(
                    new SharingAgreementEnded(agreement.id(), agreement.sites(), lastDay, agreement.onEnd()));
        });
        return found.map(SharingAgreements::view);
    }

    /**
     * For each of the sites that agreements cover, the agreements; a site absent from the answer is under none,
     * and so is not restricted by any.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<SharingAgreementView>> covering(Collection<Long> sites) {
        var bySite = new HashMap<Long, List<SharingAgreementView>>();
        if (sites.isEmpty()) {
            return bySite;
        }
        for (var agreement : store.findAllById(store.covering(sites.toArray(Long[]::new)))) {
            var view = view(agreement);
            for (var site : view.sites()) {
                if (sites.contains(site)) {
                    bySite.computeIfAbsent(site, key -> new ArrayList<>()).add(view);
                }
            }
        }
        return bySite;
    }

    /** Whether an agreement in force today covers the site: a partner may open resources only there. */
    @Transactional(readOnly = true)
    public boolean coversToday(long site) {
        var today = today();
        return covering(List.of(site)).getOrDefault(site, List.of()).stream()
                .anyMatch(agreement -> agreement.isInForceOn(today));
    }

    private boolean isOfKind(InstitutionId institution, InstitutionKind kind) {
        return institutions
                .findById(institution.value())
                .filter(found -> found.kind() == kind)
                .isPresent();
    }

    private static SharingAgreementView view(SharingAgreement agreement) {
        return new SharingAgreementView(
                agreement.id(),
                agreement.localGovernment(),
                agreement.partner(),
                agreement.startsOn(),
                agreement.endsOn(),
                agreement.terms(),
                agreement.onEnd(),
                agreement.endedEarlyAt(),
                agreement.sites());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Seoul.ZONE));
    }
}

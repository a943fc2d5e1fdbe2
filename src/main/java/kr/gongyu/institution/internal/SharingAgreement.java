package kr.gongyu.institution.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.WhenAgreementEnds;
import org.jspecify.annotations.Nullable;

/**
 * A sharing agreement (공유협약) between a local government and a private partner (Danyang's resorts and
 * temples): for its period the partner opens the listed sites' resources on Gongyu, on the agreement's terms.
 */
@Entity
public class SharingAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "local_government_id")
    private long localGovernmentId;

    @Column(name = "partner_id")
    private long partnerId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private @Nullable String terms;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_end")
    private WhenAgreementEnds onEnd;

    @Column(name = "ended_early_at")
    private @Nullable Instant endedEarlyAt;

    /** Ids of the partner's sites (the catalogue's), which this institution module knows only by number. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sharing_agreement_site", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "site_id")
    private Set<Long> sites = new TreeSet<>();

    @Version
    private long version;

    public SharingAgreement(
            InstitutionId localGovernment,
            InstitutionId partner,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String terms,
            WhenAgreementEnds onEnd,
            Set<Long> sites) {
        this.localGovernmentId = localGovernment.value();
        this.partnerId = partner.value();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.terms = terms;
        this.onEnd = onEnd;
        this.sites = new TreeSet<>(sites);
    }

    protected SharingAgreement() {}

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The agreement has not been saved yet");
        }
        return id;
    }

    public InstitutionId localGovernment() {
        return new InstitutionId(localGovernmentId);
    }

    public InstitutionId partner() {
        return new InstitutionId(partnerId);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** The agreement's last day: earlier than agreed when it was ended early. */
    public LocalDate endsOn() {
        return endsOn;
    }

    public @Nullable String terms() {
        return terms;
    }

    public WhenAgreementEnds onEnd() {
        return onEnd;
    }

    public @Nullable Instant endedEarlyAt() {
        return endedEarlyAt;
    }

    public Set<Long> sites() {
        return Set.copyOf(sites);
    }

    public void endEarly(LocalDate lastDay, Instant now) {
        this.endsOn = lastDay;
        this.endedEarlyAt = now;
    }
}

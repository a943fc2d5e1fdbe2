package kr.gongyu.institution.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Where agreements are kept; the rest of the platform goes through {@link kr.gongyu.institution.SharingAgreements}. */
public interface SharingAgreementStore extends ListCrudRepository<SharingAgreement, Long> {

    @Query("""
            select a from SharingAgreement a
            where a.localGovernmentId = :institution or a.partnerId = :institution
            order by a.startsOn desc, a.id desc
            """)
    List<SharingAgreement> involving(@Param("institution") long institution);

    /**
     * The ids of the agreements covering any of the sites: joined to the sites as an array rather than an
     * {@code in} list, which H2 checks again for each row, element by element (thousands of sites ask at once).
     */
    @Query(nativeQuery = true, value = """
                    select distinct s.agreement_id
                      from unnest(:sites) as wanted(site_id)
                      join sharing_agreement_site s on s.site_id = wanted.site_id
                    """)
    List<Long> covering(@Param("sites") Long[] sites);
}

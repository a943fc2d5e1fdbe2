package kr.gongyu.institution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Where agreements are kept; the rest of the platform goes through {@link SharingAgreements}. */
interface SharingAgreementStore extends ListCrudRepository<SharingAgreement, Long> {

    @Query("""
            select a from SharingAgreement a
            where a.localGovernmentId = :institution or a.partnerId = :institution
            order by a.startsOn desc, a.id desc
            """)
    List<SharingAgreement> involving(@Param("institution") long institution);

    @Query("select distinct a from SharingAgreement a join a.sites s where s in :sites")
    List<SharingAgreement> covering(@Param("sites") Collection<Long> sites);
}

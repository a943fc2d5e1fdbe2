package kr.gongyu.catalog;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All resources of all institutions. */
public interface Resources extends ListCrudRepository<Resource, Long> {

    Optional<Resource> findByIdAndInstitutionId(long id, long institutionId);

    /** The resources at any of the sites. */
    List<Resource> findBySiteIdIn(Collection<Long> sites);

    /**
     * The published resource, its row locked until the transaction ends: bookings of one resource are
     * decided one at a time, each after those committed before it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resource r where r.id = :id and r.published = true")
    Optional<Resource> lockPublished(@Param("id") long id);

    Page<Resource> findByInstitutionIdOrderByNameAscIdAsc(long institutionId, Pageable page);

    /** The institution's resources named like the pattern, published or hidden as asked (or either when any). */
    @Query("""
            select r from Resource r
            where r.institutionId = :institution
              and lower(r.name) like lower(:pattern) escape '\\'
              and (:any = true or r.published = :published)
            order by r.name, r.id""")
    Page<Resource> findOfInstitution(
            @Param("institution") long institutionId,
            @Param("pattern") String namePattern,
            @Param("any") boolean anyState,
            @Param("published") boolean published,
            Pageable page);
}

package kr.gongyu.catalog.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All resources of all institutions. */
public interface ResourceStore extends ListCrudRepository<Resource, Long> {

    Optional<Resource> findByIdAndInstitutionId(long id, long institutionId);

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

package kr.gongyu.institution.internal;

import kr.gongyu.LikePattern;
import kr.gongyu.institution.InstitutionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Where institutions are kept; the rest of the platform goes through {@link kr.gongyu.institution.Institutions}. */
public interface InstitutionStore extends ListCrudRepository<Institution, Long> {

    /** Institutions of a kind (or any) whose name contains the text (or any), by name. */
    default Page<Institution> search(@Nullable InstitutionKind kind, @Nullable String nameContains, Pageable page) {
        var pattern = nameContains == null ? null : LikePattern.containing(nameContains);
        return searchByPattern(kind, pattern, page);
    }

    @Query("""
            select i from Institution i
            where (:kind is null or i.kind = :kind)
              and (:pattern is null or i.name like :pattern escape '\\')
            order by i.name, i.id
            """)
    Page<Institution> searchByPattern(
            @Param("kind") @Nullable InstitutionKind kind, @Param("pattern") @Nullable String pattern, Pageable page);
}

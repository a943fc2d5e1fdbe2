package kr.gongyu.catalog;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** All resources of all institutions. */
public interface Resources extends ListCrudRepository<Resource, Long> {

    Optional<Resource> findByIdAndInstitutionId(long id, long institutionId);

    Page<Resource> findByInstitutionIdOrderByNameAscIdAsc(long institutionId, Pageable page);
}

package kr.gongyu.catalog;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** All sites of all institutions. */
public interface Sites extends ListCrudRepository<Site, Long> {

    List<Site> findByInstitutionIdOrderByName(long institutionId);
}

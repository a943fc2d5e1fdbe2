package kr.gongyu.catalog.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** All sites of all institutions. */
public interface SiteStore extends ListCrudRepository<Site, Long> {

    List<Site> findByInstitutionIdOrderByName(long institutionId);
}

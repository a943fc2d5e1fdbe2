package kr.gongyu.catalog;

import org.springframework.data.repository.ListCrudRepository;

/** All sites of all institutions. */
public interface Sites extends ListCrudRepository<Site, Long> {}

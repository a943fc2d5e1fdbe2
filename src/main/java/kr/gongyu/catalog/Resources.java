package kr.gongyu.catalog;

import org.springframework.data.repository.ListCrudRepository;

/** All resources of all institutions. */
public interface Resources extends ListCrudRepository<Resource, Long> {}

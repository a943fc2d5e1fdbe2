-- Search finds a resource by its amenities too (빔프로젝터, 샤워실, 주차장), after its kind, name and place. The index's
-- new name (IndexedResource.INDEX) makes the next start copy the catalogue again, amenities included, and index it.
alter table resource_search add column amenities varchar(2000);

-- Search finds a resource by its amenities too (빔프로젝터, 샤워실, 주차장), after its kind, name and place. The read
-- model is emptied so that the next start copies the catalogue again with them and rebuilds the index.
alter table resource_search add column amenities varchar(2000);
delete from resource_search;

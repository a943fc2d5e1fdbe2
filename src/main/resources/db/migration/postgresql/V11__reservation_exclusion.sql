-- The database's own guard against double-booking a space, behind the application's lock-check-insert.
create extension if not exists btree_gist;

alter table reservation add constraint reservation_space_no_overlap
    exclude using gist (resource_id with =, tstzrange(starts_at, ends_at) with &&)
    where (exclusive and status in ('HELD', 'PENDING_APPROVAL', 'CONFIRMED'));

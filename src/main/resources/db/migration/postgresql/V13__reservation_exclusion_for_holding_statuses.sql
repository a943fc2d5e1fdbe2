-- A request waiting for approval no longer holds its time (staff choose among competing requests), and a
-- checked-in booking still does: the exclusion constraint follows the statuses that hold time.
alter table reservation drop constraint reservation_space_no_overlap;

alter table reservation add constraint reservation_space_no_overlap
    exclude using gist (resource_id with =, tstzrange(starts_at, ends_at) with &&)
    where (exclusive and status in ('HELD', 'CONFIRMED', 'CHECKED_IN'));

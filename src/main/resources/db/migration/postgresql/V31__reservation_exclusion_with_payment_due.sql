-- A booking waiting for its payment holds its time (PAYMENT_DUE): the exclusion constraint guards it too.
alter table reservation drop constraint reservation_space_no_overlap;

alter table reservation add constraint reservation_space_no_overlap
    exclude using gist (resource_id with =, tstzrange(starts_at, ends_at) with &&)
    where (exclusive and status in ('HELD', 'PAYMENT_DUE', 'CONFIRMED', 'CHECKED_IN'));

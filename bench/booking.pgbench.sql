-- The database's own limit for a booking (PERFORMANCE.md, figure 1), run by bench/booking-throughput.sh with
-- pgbench -M prepared (the application's JDBC driver prepares its statements on the server too).
-- One script run is one booking attempt as Reservations.book makes it, minus what only the application works
-- out (opening hours, eligibility, quotas, which this mix of resources passes by construction): lock the
-- resource's row, look for an active booking overlapping the slot, insert the booking if there is none.
-- It writes to bench_reservation, a copy of reservation with the same constraints and indexes, so that the
-- HTTP phases start from the same empty state.
-- Variables from the command line: lo, hi (the bench_slot numbers of the mix), first_account, last_account
-- (the citizens' account ids).
\set n random(:lo, :hi)
\set account random(:first_account, :last_account)
-- The slot to book: the client's choice, made outside the transaction as the HTTP load tool makes it.
select resource_id, starts_at, ends_at from bench_slot where n = :n \gset
begin;
select id from resource where id = :resource_id and published for update;
-- Check and insert in one statement: the row lock above makes it safe, as it does in the application.
insert into bench_reservation (resource_id, account_id, starts_at, ends_at, units, exclusive, status, created_at)
select :resource_id::bigint, :account::bigint, :starts_at::timestamptz, :ends_at::timestamptz, 1, true,
       'CONFIRMED', now()
where not exists (
    select 1 from bench_reservation
     where resource_id = :resource_id
       and status in ('HELD', 'PENDING_APPROVAL', 'CONFIRMED', 'CHECKED_IN')
       and starts_at < :ends_at::timestamptz and ends_at > :starts_at::timestamptz);
commit;

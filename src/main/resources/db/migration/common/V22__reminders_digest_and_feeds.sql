-- Messages the clock brings: a booking's reminder (the day before at 18:00, or 2 hours before) and a hold's warning
-- (5 minutes before it runs out). A row is written with the confirmation or the hold, in its transaction, so none
-- is forgotten; the reminder job takes rows whose time has come, whenever it next runs (after downtime too), writes
-- the message unless the booking has changed (cancelled, started, hold extended), and deletes the row.
create table notification_due (
    reservation_id bigint       not null references reservation (id),
    kind           varchar(30)  not null,
    due_at         timestamp with time zone not null,
    primary key (reservation_id, kind)
);
create index notification_due_at on notification_due (due_at);

-- The staff digest's requests (ids by comma, the longest waiting first): what the digest listed when it was written.
alter table notification add column reservation_ids varchar(1000);

-- Requests that arrived before this instant were in a digest: each hour's digest covers those since, then moves it
-- on. One row, locked by the run that writes the digests, so two nodes never write the same hour twice.
create table staff_digest (
    id            integer primary key check (id = 1),
    covered_until timestamp with time zone not null
);
insert into staff_digest (id, covered_until) values (1, timestamp '2000-01-01 00:00:00');

-- An account's private calendar feed, /calendar/{token}.ics. The token is kept as it is, not hashed: the account's
-- page shows the address to copy at any time, as calendar services do with their secret addresses; it reads
-- nothing but the account's own bookings and is replaced (the old address then 404s) by one click.
create table calendar_feed (
    account_id bigint       primary key references account (id),
    token      varchar(64)  not null unique,
    created_at timestamp with time zone not null
);

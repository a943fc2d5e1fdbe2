-- Search's availability filter: each resource's free time per day, shared by every node and kept across restarts.
-- A row holds the day whatever the time (the booking window is applied when it is read): its free slots as runs
-- "start:length:count" of equal slots back to back, minutes from the day's start in Asia/Seoul, separated by
-- spaces; the instant the date opens for booking; and how many seconds before its start a slot stops taking
-- bookings. A row is used only while its version is the resource's current one (see free_day_version).
create table free_day (
    resource_id      bigint        not null,
    calendar_day     date          not null,
    version          bigint        not null,
    free_slots       varchar(4000) not null,
    opens_at         timestamp with time zone,
    closes_before_s  bigint        not null,
    primary key (resource_id, calendar_day)
);

-- The version of each resource's free time, raised in every transaction that changes it (a booking, a
-- cancellation, rules, blocks, shifts, agreements, the resource), so that a row computed before such a change
-- commits is never used after it; a resource without a row is at 0. The row of resource 0 is every resource's: a holiday
-- added or removed raises it, and a resource's version is its own plus that one.
create table free_day_version (
    resource_id bigint primary key,
    version     bigint not null
);
insert into free_day_version (resource_id, version) values (0, 0);

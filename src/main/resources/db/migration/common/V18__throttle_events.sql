-- Log-in and sign-up throttling, shared by every node (LoginAttempts): one row per counted event, by kind and
-- subject (a client address, a username, or both), deleted once older than the longest window.
create table throttle_event (
    kind        varchar(20)  not null,
    subject     varchar(200) not null,
    happened_at timestamp with time zone not null
);

create index throttle_event_subject_idx on throttle_event (kind, subject, happened_at);
create index throttle_event_time_idx on throttle_event (happened_at);

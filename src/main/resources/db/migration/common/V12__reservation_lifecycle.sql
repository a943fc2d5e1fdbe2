-- The rest of the booking lifecycle: holds that expire, who cancelled, check-in, idempotent requests, series.
alter table reservation add column hold_expires_at timestamp with time zone;
alter table reservation add column hold_extensions integer not null default 0;
alter table reservation add column cancelled_by varchar(20) check (cancelled_by in ('USER', 'INSTITUTION', 'EXPIRY'));
alter table reservation add column checked_in_at timestamp with time zone;
-- A client's retry carries the same key; the fingerprint tells a true retry from a reused key.
alter table reservation add column idempotency_key varchar(100);
alter table reservation add column request_fingerprint varchar(64);
alter table reservation add column series_id varchar(36);

create unique index reservation_idempotency_idx on reservation (account_id, idempotency_key);
create index reservation_status_end_idx on reservation (status, ends_at);
create index reservation_series_idx on reservation (series_id);

-- Approval by organisation type (all kindergartens of the region, say) besides a list of organisations.
alter table booking_policy add column eligible_organization_types varchar(200);

-- db-scheduler's table: jobs (hold expiry) run once across all nodes, whichever picks them.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(50),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

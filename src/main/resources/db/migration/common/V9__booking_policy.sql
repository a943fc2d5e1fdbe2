-- Per-resource booking policy, owned by the reservation module: per-person quotas and the refund policy.
create table booking_policy (
    resource_id            bigint       primary key references resource (id) on delete cascade,
    max_active_per_user    integer      check (max_active_per_user >= 1),
    max_per_user_per_month integer      check (max_per_user_per_month >= 1),
    -- Refund percent by whole days before the start, as "7:100,3:90,1:70,0:0".
    refund_policy          varchar(500),
    version                bigint       not null default 0
);

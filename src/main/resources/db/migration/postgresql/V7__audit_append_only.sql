-- On PostgreSQL the database itself keeps the audit log append-only: no row is ever changed, and none is
-- removed before its two years are up.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit_event is append-only';
    end if;
    if old.occurred_at > now() - interval '2 years' then
        raise exception 'audit events are kept for two years';
    end if;
    return old;
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

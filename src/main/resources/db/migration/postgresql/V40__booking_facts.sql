-- The booking's lock and its facts in one statement (PostgreSQL only; H2 sends the two statements of
-- ReservationStore.factsFor's path). A statement reads as of its own start, so one that waited for the resource's
-- lock would miss the booking committed by the transaction it waited for. A VOLATILE function's queries each take a
-- snapshot of their own: the facts below are read after the lock, and see every booking committed before it.
-- The columns are ResourceDirectory's bookable terms, then what ReservationStore.factsFor reads (without the
-- set-aside condition, another module's, which the calling statement asks: no lock orders it against lotteries),
-- one row per booking, block and shift over [p_from, p_to), as factsFor's; no row if the resource is not published.
create function booking_facts(
    p_resource bigint, p_account bigint, p_key text, p_active text[], p_made text[], p_holding text[], p_held text,
    p_now timestamptz, p_month_from timestamptz, p_month_to timestamptz, p_from timestamptz, p_to timestamptz)
returns table (
    id bigint, site_id bigint, kind text, capacity integer, quantity integer, confirmation text, eligibility text,
    eligible_region_code text, fee_amount bigint, fee_unit text, fee_night_percent integer,
    fee_weekend_percent integer, fee_holiday_percent integer, fee_deposit bigint,
    policy_of bigint, max_active_per_user integer, max_per_user_per_month integer, refund_policy text,
    eligible_organization_types text, payment_deadline_hours integer, waitlist_claim_hours integer,
    organization bigint, organization_type text, organization_listed bigint, residence text, active bigint,
    in_month bigint, expired_holds bigint, agreements bigint, earlier bigint, rules text,
    entry text, starts_at timestamptz, ends_at timestamptz, units integer)
language plpgsql volatile as $$
#variable_conflict use_column
begin
    perform 1 from resource where resource.id = p_resource and published for update;
    if not found then
        return;
    end if;
    return query
    select r.id, r.site_id, r.kind::text, r.capacity, r.quantity, r.confirmation::text, r.eligibility::text,
           r.eligible_region_code::text, r.fee_amount, r.fee_unit::text, r.fee_night_percent,
           r.fee_weekend_percent, r.fee_holiday_percent, r.fee_deposit,
           p.resource_id, p.max_active_per_user, p.max_per_user_per_month, p.refund_policy::text,
           p.eligible_organization_types::text, p.payment_deadline_hours, p.waitlist_claim_hours,
           (select a.organization_id from account a where a.id = p_account),
           (select o.type::text from account a join organization o on o.id = a.organization_id
             where a.id = p_account),
           (select count(*) from account a join resource_eligible_organization e
               on e.organization_id = a.organization_id
             where a.id = p_account and e.resource_id = p_resource),
           (select a.residence_region_code::text from account a where a.id = p_account),
           (select count(*) from reservation b where b.account_id = p_account and b.resource_id = p_resource
               and b.status = any (p_active) and b.ends_at > p_now),
           (select count(*) from reservation b where b.account_id = p_account and b.resource_id = p_resource
               and b.status = any (p_made) and b.starts_at >= p_month_from and b.starts_at < p_month_to),
           (select count(*) from reservation b where b.resource_id = p_resource and b.status = p_held
               and b.hold_expires_at <= p_now),
           (select count(*) from sharing_agreement_site g where g.site_id = r.site_id),
           (select b.id from reservation b where b.account_id = p_account and b.idempotency_key = p_key),
           (select o.spec::text from opening_rules o where o.resource_id = p_resource),
           x.entry, x.starts_at, x.ends_at, x.units
      from resource r
      left join booking_policy p on p.resource_id = r.id
      left join (
        select 'booking'::text as entry, b.starts_at, b.ends_at, b.units from reservation b
         where b.resource_id = p_resource and b.starts_at < p_to and b.ends_at > p_from
           and b.status = any (p_holding) and (b.status <> p_held or b.hold_expires_at > p_now)
        union all
        select 'block', k.starts_at, k.ends_at, 0 from internal_block k
         where k.resource_id = p_resource and k.starts_at < p_to and k.ends_at > p_from
        union all
        select 'shift', s.starts_at, s.ends_at, 0 from volunteer_shift s
         where s.resource_id = p_resource and s.starts_at < p_to and s.ends_at > p_from
      ) x on true
     where r.id = p_resource;
end
$$;

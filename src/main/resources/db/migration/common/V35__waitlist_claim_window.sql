-- How long a freed slot is held for the first on its waitlist (issue 23), per resource: popular pitches may want
-- hours, a forest cabin a day. Never past the booking closing time, which WaitlistOffers applies.
alter table booking_policy add column waitlist_claim_hours integer not null default 24
    check (waitlist_claim_hours between 1 and 168);

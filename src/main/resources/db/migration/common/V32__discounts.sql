-- Fee exemptions (감면). An institution's terms are the defaults of all its resources; a resource with terms of its
-- own (a row in resource_discount_terms) uses those instead, whole. code is a DiscountCategory name or the
-- institution's own code; name is null for a standard category labelled by the message bundles.
create table institution_discount_terms (
    institution_id bigint  not null primary key references institution (id) on delete cascade,
    combine        boolean not null
);

create table institution_discount (
    institution_id    bigint       not null references institution_discount_terms (institution_id) on delete cascade,
    position          integer      not null,
    code              varchar(30)  not null,
    name              varchar(100),
    percent           integer      not null check (percent between 1 and 100),
    evidence_required boolean      not null,
    primary key (institution_id, position),
    unique (institution_id, code)
);

create table resource_discount_terms (
    resource_id bigint  not null primary key references resource (id) on delete cascade,
    combine     boolean not null
);

create table resource_discount (
    resource_id       bigint       not null references resource_discount_terms (resource_id) on delete cascade,
    position          integer      not null,
    code              varchar(30)  not null,
    name              varchar(100),
    percent           integer      not null check (percent between 1 and 100),
    evidence_required boolean      not null,
    primary key (resource_id, position),
    unique (resource_id, code)
);

-- The exemption a booker claimed, as it was offered when they booked: the categories taken off, in the order of
-- the price's DISCOUNT lines. A claim refused by staff keeps its rows; the refusal is a row of its own.
create table reservation_discount (
    reservation_id    bigint       not null references reservation (id) on delete cascade,
    position          integer      not null,
    code              varchar(30)  not null,
    name              varchar(100),
    percent           integer      not null check (percent between 1 and 100),
    evidence_required boolean      not null,
    primary key (reservation_id, position)
);

-- Staff refused the claim (no evidence shown, not eligible): the price went back to full. One per booking.
create table reservation_discount_refusal (
    reservation_id bigint                   not null primary key references reservation (id) on delete cascade,
    reason         varchar(500)             not null,
    refused_by     bigint                   not null,
    refused_at     timestamp with time zone not null
);

-- A discount line names the category it takes off.
alter table reservation_price_line add column discount_code varchar(30);

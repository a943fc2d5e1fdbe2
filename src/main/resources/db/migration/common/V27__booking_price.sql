-- A fee's surcharges (할증, percents of the fee) and deposit (보증금, won); zero where none is charged.
alter table resource add column fee_night_percent integer not null default 0 check (fee_night_percent between 0 and 300);
alter table resource add column fee_weekend_percent integer not null default 0 check (fee_weekend_percent between 0 and 300);
alter table resource add column fee_holiday_percent integer not null default 0 check (fee_holiday_percent between 0 and 300);
alter table resource add column fee_deposit bigint not null default 0 check (fee_deposit >= 0);

-- The price of a booking, computed when it was made and kept as it was then (a later fee change does not touch
-- it). Bookings made before this version have none: their price is computed from the fee as before.
alter table reservation add column price_amount bigint check (price_amount >= 0);
alter table reservation add column price_deposit bigint check (price_deposit >= 0);

-- The lines the price adds up from, in order: the fee times its count, then each surcharge with its percent.
-- kind is Price.Kind's name (HOUR, SESSION, DAY, UNIT, NIGHT, WEEKEND, HOLIDAY), written only from that enum.
create table reservation_price_line (
    reservation_id bigint      not null references reservation (id) on delete cascade,
    position       integer     not null,
    kind           varchar(10) not null,
    quantity       bigint      not null,
    amount         bigint      not null check (amount >= 0),
    primary key (reservation_id, position)
);

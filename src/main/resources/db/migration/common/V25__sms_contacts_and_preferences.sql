-- The account's mobile number is its existing phone: used for text messages only once verified.
alter table account add column phone_verified boolean not null default false;

-- The SMS / 알림톡 channel's delivery state of each message, beside the email's (same meanings). Messages written
-- before this version have no text message owed.
alter table notification add column sms_status varchar(10) not null default 'SKIPPED'
    check (sms_status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));
alter table notification add column sms_attempts integer not null default 0;
alter table notification add column sms_next_at timestamp with time zone;
alter table notification add column sms_last_error varchar(500);
alter table notification add column sms_sent_at timestamp with time zone;
create index notification_sms_due on notification (sms_status, sms_next_at);

-- A code sent to prove an address is the account's: one outstanding per account and channel, its hash only.
create table contact_verification (
    account_id  bigint       not null references account (id),
    channel     varchar(5)   not null check (channel in ('EMAIL', 'SMS')),
    address     varchar(254) not null,
    code_hash   varchar(100) not null,
    sent_at     timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    tries       integer      not null default 0,
    primary key (account_id, channel)
);

-- The channels an account chose for a kind of message, beyond the in-app list (always on). No row: every channel.
create table notification_preference (
    account_id bigint      not null references account (id),
    kind       varchar(30) not null,
    email      boolean     not null,
    sms        boolean     not null,
    primary key (account_id, kind)
);

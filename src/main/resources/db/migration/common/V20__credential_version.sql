-- Tokens and page sessions carry the credential version they were issued with, and every authenticated request
-- compares it with this one: a password change, a disabled account or a new role bumps it, which ends them all.
alter table account add column credential_version bigint not null default 0;
-- A disabled account cannot log in, nor get a token; an operator enables it again.
alter table account add column enabled boolean not null default true;

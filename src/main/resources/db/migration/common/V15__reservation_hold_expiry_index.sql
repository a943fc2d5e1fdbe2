-- The housekeeping job looks for holds past their expiry across all resources.
create index reservation_held_expiry_idx on reservation (status, hold_expires_at);

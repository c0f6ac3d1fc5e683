-- Staff administration (#15): an account is deactivated, never deleted, so its extension and its
-- name in records and the audit log stay; a one-time password must be changed at first sign-in.
alter table staff add column deactivated_at timestamptz;
alter table staff add column must_change_password boolean not null default false;

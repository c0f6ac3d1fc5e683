-- The nuisance list (#12): numbers a supervisor listed, per centre, with a reason and a mandatory
-- expiry. The number is kept as its lookup hash (the same pepper as call_routing and contacts) and
-- a masked form for the list; never in clear. A listed number queues last; a blocked one is refused
-- by routing. Removal is recorded, not deleted, so the audit trail stays whole.
-- 002's table had no writer (no endpoint ever listed a number) and no expiry: replaced.
drop table nuisance_numbers;
create table nuisance_numbers (
  id uuid primary key default gen_random_uuid(),
  centre_area_code text not null references centres (area_code),
  caller_number_hash text not null,
  masked_number text not null,
  reason text not null check (length(btrim(reason)) > 0),
  blocked boolean not null default false,
  listed_by uuid not null references staff (id),
  listed_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- The record a counsellor suggested it from, if any.
  contact_id uuid references contacts (id) on delete set null,
  removed_by uuid references staff (id),
  removed_at timestamptz
);
create index nuisance_numbers_live on nuisance_numbers (caller_number_hash, expires_at) where removed_at is null;

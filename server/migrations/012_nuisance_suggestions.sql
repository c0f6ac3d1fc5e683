-- Counsellors suggest listing the caller of a record they answered; a supervisor of the record's
-- centre decides: lists the number (008's nuisance_numbers) or dismisses the suggestion. The
-- number is kept as its hash and masked form, as in nuisance_numbers, never in clear. Decided
-- suggestions stay, with who decided and when, for the audit trail.
create table nuisance_suggestions (
  id uuid primary key default gen_random_uuid(),
  contact_id uuid not null references contacts (id) on delete cascade,
  centre_area_code text not null references centres (area_code),
  caller_number_hash text not null,
  masked_number text not null,
  reason text not null check (length(btrim(reason)) > 0),
  suggested_by uuid not null references staff (id),
  suggested_at timestamptz not null default now(),
  decision text check (decision in ('listed', 'dismissed')),
  decided_by uuid references staff (id),
  decided_at timestamptz,
  listing_id uuid references nuisance_numbers (id),
  check ((decision is null) = (decided_at is null) and (decision is null) = (decided_by is null)),
  check ((decision = 'listed') = (listing_id is not null))
);
-- One open suggestion per record: suggesting again answers the one already waiting.
create unique index nuisance_suggestions_open_per_contact on nuisance_suggestions (contact_id) where decision is null;
create index nuisance_suggestions_open_by_centre on nuisance_suggestions (centre_area_code, suggested_at) where decision is null;
-- The centre's list, and routing's look-up by centre and number.
create index nuisance_numbers_centre_live on nuisance_numbers (centre_area_code, caller_number_hash) where removed_at is null;

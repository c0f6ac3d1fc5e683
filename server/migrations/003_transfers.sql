-- The log of a call's transfers, consultations and conferences, autosaved like the intake and notes.
alter table contacts
  add column transfers jsonb not null default '[]'::jsonb,
  add column transfers_revision integer not null default 0,
  add column transfers_saved_at timestamptz not null default now();

-- Few records ever have an open rescue, so a partial index keeps listing them from reading every
-- intake. Queries must test the outcome with this same expression for the index to serve them.
create index contacts_open_rescues on contacts (centre_area_code, counsellor_id)
  where (intake #>> '{safety,emergencyHandoff,outcome}') = 'pending';

-- Who a counsellor can hand a caller to. Seeded once; after that it is the admins' to edit.
create table transfer_targets (
  id text primary key check (id ~ '^[a-z0-9-]{1,40}$'),
  kind text not null check (kind in ('police', 'ambulance', 'fire', 'hotline', 'centre', 'supervisor')),
  name_zh text not null,
  name_en text not null,
  -- Empty for the supervisor entry: the API puts in whoever is on duty when it answers.
  number text not null,
  emergency boolean not null default false,
  sort_order integer not null unique,
  check (not emergency or kind in ('police', 'ambulance', 'fire')),
  check ((kind = 'supervisor') = (number = ''))
);

-- What the counsellor gave 110/120 about a caller in danger. The id and token are made by the
-- browser so the SIP header can go out with the call; only the token's sha256 is kept, so a leaked
-- table does not let anyone read packets through the API.
create table handoffs (
  id uuid primary key,
  contact_id uuid not null references contacts (id),
  token_hash text not null,
  packet jsonb not null,
  created_at timestamptz not null default now(),
  created_by uuid not null references staff (id)
);
create index handoffs_contact on handoffs (contact_id);

-- Failed packet reads on the public endpoint, keyed by hand-off id and by peer address; rows older
-- than the window are dropped as new ones come in.
create table handoff_read_failures (
  key text not null,
  at timestamptz not null default now()
);
create index handoff_read_failures_key_at on handoff_read_failures (key, at);

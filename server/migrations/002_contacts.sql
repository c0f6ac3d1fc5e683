-- Secrets the server makes up itself when the operator gives none, so they survive restarts and are
-- shared by every API process on one database.
create table server_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

-- The record of one answered call. The id is made by the browser when the call is answered, so a
-- record can be written (to the browser's outbox) before the API is reachable.
create table contacts (
  id uuid primary key,
  -- SIP Call-ID: one record per call.
  call_id text not null unique,
  dialled text not null,
  area_code text,
  counsellor_id uuid not null references staff (id),
  -- The counsellor's centre when the call was answered: supervisors see their centre's records
  -- even after the counsellor moves elsewhere.
  centre_area_code text references centres (area_code),
  -- Kept only so the counsellor can call back; null when withheld. Lookups use the hash.
  caller_number text,
  -- HMAC-SHA256 with the server's pepper: finds a caller's other contacts without a readable number.
  caller_number_hash text,
  answered_at timestamptz not null,
  ended_at timestamptz,
  completed_at timestamptz,
  status text not null default 'draft' check (status in ('draft', 'completed')),
  -- Derived from the intake on every save, so lists and history need not open the JSON.
  call_type text not null check (call_type in ('counselling', 'silent', 'prank', 'abusive', 'wrong-number')),
  risk_level text not null check (risk_level in ('none', 'low', 'moderate', 'high', 'imminent')),
  intake jsonb not null,
  intake_revision integer not null default 0,
  -- When the stored revision was saved; revision 0 is the empty part made with the record.
  intake_saved_at timestamptz not null default now(),
  notes jsonb not null default '[]'::jsonb,
  notes_revision integer not null default 0,
  notes_saved_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((caller_number is null) = (caller_number_hash is null)),
  check (status = 'draft' or completed_at is not null)
);
create index contacts_caller_hash on contacts (caller_number_hash);
create index contacts_counsellor_status on contacts (counsellor_id, status);
create index contacts_centre_answered on contacts (centre_area_code, answered_at);

-- Numbers a supervisor has listed as nuisance callers, by hash only.
create table nuisance_numbers (
  caller_number_hash text primary key,
  reason text not null default '',
  added_by uuid references staff (id),
  added_at timestamptz not null default now()
);

-- Psychiatric institutions callers are referred to; reference data written at every start.
create table institutions (
  id text primary key,
  name_zh text not null,
  name_en text not null,
  area_code text not null references centres (area_code),
  -- Empty until a number is confirmed: a wrong number given to a caller in crisis does harm.
  phone text not null default ''
);

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id)
);

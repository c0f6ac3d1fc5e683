-- Centres of the province this deployment serves; a caller reaches one by dialling <area code>12356.
create table centres (
  area_code text primary key check (area_code ~ '^0[0-9]{2,3}$'),
  city_zh text not null,
  city_en text not null,
  province_zh text not null,
  province_en text not null
);

create table staff (
  id uuid primary key,
  -- Stored lower-case so sign-in is case-insensitive without a functional index.
  username text not null unique check (username = lower(username)),
  display_name text not null,
  role text not null check (role in ('counsellor', 'supervisor', 'trainer', 'admin')),
  centre_area_code text references centres (area_code),
  sip_username text not null unique,
  password_hash text not null,
  created_at timestamptz not null default now()
);

-- Seat state the router reads; later: status (available, break, wrap-up) beside last_offered_at.
create table seats (
  staff_id uuid primary key references staff (id) on delete cascade,
  last_offered_at timestamptz
);

create table sessions (
  -- sha256 of the cookie token: a leaked table does not let anyone sign in.
  id text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_staff on sessions (staff_id);

create table sip_credentials (
  id uuid primary key default gen_random_uuid(),
  sip_username text not null,
  realm text not null,
  ha1 text not null,
  -- Null when a trainer registers as a pretend number (110, a caller's mobile) for a mock call.
  staff_id uuid references staff (id) on delete cascade,
  session_id text not null references sessions (id) on delete cascade,
  tab_id text not null,
  issued_at timestamptz not null default now(),
  revoked_at timestamptz
);
-- One live credential per SIP identity: the newest tab holds the seat.
create unique index sip_credentials_live on sip_credentials (sip_username) where revoked_at is null;
create index sip_credentials_session on sip_credentials (session_id);

create table login_failures (
  username text not null,
  at timestamptz not null default now()
);
create index login_failures_username_at on login_failures (username, at);

-- Dialled line and call id only: the caller's own number never reaches this table.
create table call_routing (
  id uuid primary key default gen_random_uuid(),
  call_id text not null,
  dialled text not null,
  area_code text,
  offered_to text,
  outcome text not null check (outcome in ('offered', 'no_counsellor')),
  at timestamptz not null default now()
);
create index call_routing_call on call_routing (call_id);

create table audit_log (
  id uuid primary key default gen_random_uuid(),
  at timestamptz not null default now(),
  staff_id uuid references staff (id),
  action text not null,
  subject_type text not null,
  subject_id text,
  detail jsonb not null default '{}'::jsonb
);
create index audit_log_at on audit_log (at);

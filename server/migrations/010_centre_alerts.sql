-- What the supervisors of a centre must see and acknowledge: a live call turned imminent, a
-- counsellor asked for help, a rescue open too long, a call longer than the centre's limit, nobody
-- available while callers wait. Who acknowledged and when are kept.
create table centre_alerts (
  id uuid primary key default gen_random_uuid(),
  centre_area_code text not null references centres (area_code),
  kind text not null check (kind in ('imminent-call', 'help', 'rescue-open-long', 'long-call', 'nobody-available')),
  raised_at timestamptz not null default now(),
  staff_id uuid references staff (id),
  call_id text,
  handoff_id uuid,
  line text,
  -- The one-line reason of a help request.
  reason text,
  acknowledged_by uuid references staff (id),
  acknowledged_at timestamptz,
  -- Raised once per subject: one imminent alert per call, one long-call alert per call, …
  dedupe_key text not null unique
);
create index centre_alerts_open on centre_alerts (centre_area_code, raised_at) where acknowledged_at is null;

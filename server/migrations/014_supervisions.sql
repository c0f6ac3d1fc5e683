-- Supervision on a live call (#13). A grant is issued to one supervisor for one call and is good
-- once, for a short time: the counsellor's phone has the API vouch for it before it takes the
-- call. Only the token's hash is kept. The log is the record's supervision history.
create table supervisions (
  id uuid primary key default gen_random_uuid(),
  call_id text not null,
  centre_area_code text not null references centres (area_code),
  supervisor_id uuid not null references staff (id),
  counsellor_id uuid not null references staff (id),
  mode text not null check (mode in ('listen', 'whisper', 'barge')),
  token_hash text not null,
  granted_at timestamptz not null default now(),
  expires_at timestamptz not null,
  state text not null default 'granted' check (state in ('granted', 'live', 'ended')),
  started_at timestamptz,
  ended_at timestamptz,
  end_reason text check (end_reason in ('supervisor-left', 'counsellor-ended', 'call-ended', 'transferred', 'expired')),
  check ((state = 'ended') = (ended_at is not null))
);
create index supervisions_call on supervisions (call_id);
-- One live supervision per call at a time.
create unique index supervisions_one_live on supervisions (call_id) where state = 'live';

create table supervision_log (
  id bigserial primary key,
  call_id text not null,
  supervision_id uuid references supervisions (id),
  at timestamptz not null default now(),
  change text not null check (change in ('started', 'mode-changed', 'ended', 'refused')),
  mode text check (mode in ('listen', 'whisper', 'barge')),
  supervisor_id uuid references staff (id),
  end_reason text
);
create index supervision_log_call on supervision_log (call_id, at);

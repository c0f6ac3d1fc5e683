-- Every call to a public line (12356 or an area-code line), one row from the moment the PBX asks
-- for a counsellor to the call's end: the call queue reads its waiting rows, and the queue figures
-- (offered, answered, abandoned, overflowed, busy, service level, waits, talk) are counted from it.
-- The caller's number is kept as its lookup hash only.
create table hotline_calls (
  call_id text primary key,
  dialled text not null,
  -- The line's centre; null for plain 12356 (the province's own routing).
  area_code text references centres (area_code),
  caller_number_hash text,
  arrived_at timestamptz not null default now(),
  -- Set when nobody was free and the caller joined the queue.
  queued_at timestamptz,
  priority text not null default 'normal' check (priority in ('recent-risk', 'normal', 'nuisance')),
  -- routing: being offered to counsellors; waiting: in the queue; then how it ended.
  state text not null default 'routing' check (state in ('routing', 'waiting', 'answered', 'abandoned', 'busy', 'ended')),
  -- The suspended INVITE at the PBX (tm's index and label) while waiting, for the release.
  pbx_tindex integer,
  pbx_tlabel integer,
  -- Where the caller's connection reaches the PBX (ip:port), so a closed tab ends its wait.
  caller_address text,
  -- The counsellor the queue released the call to, and when (a release is one offer).
  released_to text,
  released_at timestamptz,
  -- When the call was first offered outside its centre because it waited past the overflow time.
  overflowed_at timestamptz,
  answered_by uuid references staff (id),
  answered_at timestamptz,
  -- Abandoned, busy (queue limit or refused) or ended after an answer.
  finished_at timestamptz
);
create index hotline_calls_waiting on hotline_calls (area_code, priority, queued_at) where state = 'waiting';
create index hotline_calls_arrived on hotline_calls (arrived_at);

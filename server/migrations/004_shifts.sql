-- A centre's shifts and the care of its counsellors, as the contract's CentreSettings. Seeded with
-- the defaults for every centre at start; after that it is the admins' to edit.
create table centre_settings (
  area_code text primary key references centres (area_code),
  settings jsonb not null,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id)
);

-- Only available seats are rung. The wrap-up end and the break kind exist exactly while the seat is
-- in that status, so a stale timer can never outlive its wrap-up.
alter table seats
  add column status text not null default 'offline'
    check (status in ('available', 'on-call', 'wrap-up', 'break', 'offline')),
  add column since timestamptz not null default now(),
  add column wrap_up_ends_at timestamptz,
  add column wrap_up_extended boolean not null default false,
  add column break_kind text check (break_kind in ('break', 'debrief')),
  add column current_call_id text,
  add check ((status = 'wrap-up') = (wrap_up_ends_at is not null)),
  add check ((status = 'break') = (break_kind is not null)),
  add check ((status in ('on-call', 'wrap-up')) = (current_call_id is not null));

-- Every change of a seat's status; breaks and time in each status are read back from it.
create table seat_events (
  id bigint generated always as identity primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  status text not null check (status in ('available', 'on-call', 'wrap-up', 'break', 'offline')),
  at timestamptz not null default now(),
  call_id text,
  detail jsonb not null default '{}'::jsonb
);
create index seat_events_staff_at on seat_events (staff_id, at);

-- A counsellor's time on shift. The centre is the one they served at clock-in, so the handover
-- reaches that centre's next shift even after they move.
create table shift_sessions (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references staff (id) on delete cascade,
  centre_area_code text references centres (area_code),
  clocked_in_at timestamptz not null default now(),
  clocked_out_at timestamptz,
  handover_note text,
  check (clocked_out_at is null or clocked_out_at >= clocked_in_at),
  check ((clocked_out_at is null) = (handover_note is null))
);
-- One open session per counsellor, even when two clock-ins race.
create unique index shift_sessions_open on shift_sessions (staff_id) where clocked_out_at is null;
create index shift_sessions_centre_out on shift_sessions (centre_area_code, clocked_out_at);

-- Line statistics read the routing decisions of a time window.
create index call_routing_at on call_routing (at);

-- A shift's calls are the counsellor's contacts answered since clock-in.
create index contacts_counsellor_answered on contacts (counsellor_id, answered_at);

-- Training (#14): trainees, the scenario library, mock calls and their scores. A mock call's record
-- and everything it causes (hand-offs, alerts, follow-ups, nuisance listings, supervision, audit)
-- live in the `training` schema, in tables shaped like the real ones: a request about a training
-- call runs with `search_path = training, public` (server/training/scope.ts), so the real record
-- code writes training data without a branch of its own, and no real list, figure, history or
-- alert can ever read it. server/store/training-schema.test.ts fails when the shapes drift apart:
-- a migration that changes one of these tables changes its training twin too.

-- A trainee takes no real call until a trainer signs off that they passed the assessment.
alter table staff add column trainee boolean not null default false;
alter table staff add column signed_off_at timestamptz;
alter table staff add column signed_off_by uuid references staff (id);

create table training_scenarios (
  id uuid primary key default gen_random_uuid(),
  -- Shipped scenarios are keyed so that shipping them again changes nothing a trainer edited.
  built_in_key text unique,
  -- The ScenarioDraft as the contract describes it.
  draft jsonb not null,
  created_by uuid references staff (id),
  created_at timestamptz not null default now(),
  updated_by uuid references staff (id),
  updated_at timestamptz not null default now(),
  retired_at timestamptz
);

create table training_calls (
  id uuid primary key default gen_random_uuid(),
  scenario_id uuid not null references training_scenarios (id),
  -- The scenario as it was when the call was made: later edits do not change its score.
  scenario jsonb not null,
  trainer_id uuid not null references staff (id),
  trainee_id uuid not null references staff (id),
  token_hash text not null,
  granted_at timestamptz not null default now(),
  expires_at timestamptz not null,
  state text not null default 'granted' check (state in ('granted', 'live', 'ended')),
  -- The trainee's SIP Call-ID, once their phone had the grant vouched for.
  call_id text unique,
  started_at timestamptz,
  ended_at timestamptz,
  end_reason text check (end_reason in ('trainer-ended', 'trainee-ended', 'call-ended', 'expired')),
  check ((state = 'ended') = (ended_at is not null))
);
create index training_calls_trainee on training_calls (trainee_id, granted_at);
-- One live mock call per trainee at a time.
create unique index training_calls_one_live on training_calls (trainee_id) where state = 'live';

create table training_scores (
  training_call_id uuid primary key references training_calls (id),
  -- The automatic items as computed when the trainer scored (AutoRubricResult[]).
  auto jsonb not null,
  judgement jsonb not null,
  comment text not null default '',
  scored_by uuid not null references staff (id),
  scored_at timestamptz not null default now()
);

create schema training;
create table training.contacts (like public.contacts including all);
create table training.handoffs (like public.handoffs including all);
create table training.handoff_read_failures (like public.handoff_read_failures including all);
create table training.record_handovers (like public.record_handovers including all);
create table training.centre_alerts (like public.centre_alerts including all);
create table training.nuisance_numbers (like public.nuisance_numbers including all);
create table training.nuisance_suggestions (like public.nuisance_suggestions including all);
create table training.follow_ups (like public.follow_ups including all);
create table training.supervisions (like public.supervisions including all);
create table training.supervision_log (like public.supervision_log including all);
create table training.record_reviews (like public.record_reviews including all);
create table training.audit_log (like public.audit_log including all);

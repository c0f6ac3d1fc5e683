-- A record its counsellor handed to a supervisor with a reason: a high- or imminent-risk draft
-- with a row here no longer keeps its counsellor from the next call. One per record: the
-- hand-over is a decision about the caller, made once and kept as made.
create table record_handovers (
  contact_id uuid primary key references contacts (id) on delete cascade,
  reason text not null check (length(btrim(reason)) > 0),
  handed_over_by uuid not null references staff (id),
  handed_over_at timestamptz not null default now()
);
create index record_handovers_at on record_handovers (handed_over_at);
-- Routing asks, for every candidate seat, whether its counsellor holds an unfinished risky draft.
create index contacts_counsellor_risky_drafts on contacts (counsellor_id)
  where status = 'draft' and risk_level in ('high', 'imminent');

-- Follow-ups (#13): a high or imminent record completed without an emergency hand-off leaves a
-- task to call the caller back, due within the centre's configured hours. The counsellor who
-- took the call is assigned; a supervisor may reassign it or leave it for anyone (null).
create table follow_ups (
  id uuid primary key default gen_random_uuid(),
  contact_id uuid not null unique references contacts (id),
  centre_area_code text references centres (area_code),
  assigned_to uuid references staff (id),
  risk_level text not null check (risk_level in ('high', 'imminent')),
  created_at timestamptz not null default now(),
  due_at timestamptz not null,
  -- How it was closed: the caller was reached, could not be reached, or it is no longer needed.
  closed_at timestamptz,
  closed_by uuid references staff (id),
  outcome text check (outcome in ('reached', 'not-reached', 'no-longer-needed')),
  outcome_note text not null default '',
  check ((closed_at is null) = (outcome is null))
);
create index follow_ups_open on follow_ups (centre_area_code, due_at) where closed_at is null;

-- Two more things a supervisor must see: a follow-up past its due time, and a supervision call
-- a counsellor's browser refused because the API would not vouch for it.
alter table centre_alerts drop constraint centre_alerts_kind_check;
alter table centre_alerts add constraint centre_alerts_kind_check check (
  kind in ('imminent-call', 'help', 'rescue-open-long', 'long-call', 'nobody-available', 'follow-up-overdue', 'supervision-refused')
);
alter table centre_alerts add column follow_up_id uuid references follow_ups (id);

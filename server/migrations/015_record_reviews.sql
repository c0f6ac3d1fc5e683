-- Record review (#13): a supervisor's review (督导意见) of a record, which its counsellor reads.
-- One per record, edited in place by its author; who wrote it and when are kept (every write is
-- audited too).
create table record_reviews (
  contact_id uuid primary key references contacts (id) on delete cascade,
  author_id uuid not null references staff (id),
  text text not null check (length(btrim(text)) > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The review list asks, for each record of a page, whether a supervisor acknowledged an alert of
-- its call (the protocol check's "supervisor informed"): without this it reads every alert.
create index centre_alerts_call on centre_alerts (call_id) where acknowledged_at is not null;

-- The review list's problem filter (intake -> 'problems' @> [{"category": …}]): without it every
-- record's intake is read to count the matches.
create index contacts_problems on contacts using gin ((intake -> 'problems') jsonb_path_ops);

-- Reports (#15): a province's report reads a period's records by when they were answered and its
-- follow-ups by when they were due, across every centre; the centre-first indexes do not serve
-- that. The training twins get the same indexes, so a mock call's tables stay shaped like the real.
create index contacts_answered on contacts (answered_at);
create index follow_ups_due on follow_ups (due_at);
create index contacts_answered on training.contacts (answered_at);
create index follow_ups_due on training.follow_ups (due_at);

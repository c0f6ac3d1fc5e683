-- Audit (#15): where each entry came from. The client's address (behind a trusted proxy, the one
-- the proxy names) and its browser in short; both null for what a job did on its own.
alter table audit_log add column client_address text, add column user_agent text;
alter table training.audit_log add column client_address text, add column user_agent text;

-- The viewer pages newest first by (at, id), which the old index on at alone could not order.
create index audit_log_at_id on audit_log (at, id);
drop index audit_log_at;
create index audit_log_staff_at on audit_log (staff_id, at);
-- "Who read this record?", the question PIPL's traceability asks most.
create index audit_log_subject_at on audit_log (subject_id, at, id);

-- Retention (#15): when the caller's number and words were removed from a record for its age.
-- The record view says so instead of showing empty fields; the job skips records already done.
alter table contacts add column personal_data_removed_at timestamptz;
alter table training.contacts add column personal_data_removed_at timestamptz;

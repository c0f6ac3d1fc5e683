-- Reports (#15). A month of the province's records is ~70,000 intakes of ~1.7 KB each: reading
-- the few fields a report counts out of every intake made the monthly province report cost
-- ~0.8 s of its 1 s budget. PostgreSQL keeps those fields beside each record as it is written
-- (generated columns, always equal to the intake), and one index by answer time carries them, so
-- a report reads the index alone. Plus follow-ups by due time, across every centre.
-- The training twins change alike (server/store/training-schema.test.ts).
alter table contacts
  add column report_age_band text generated always as (intake #>> '{caller,ageBand}') stored,
  add column report_gender text generated always as (intake #>> '{caller,gender}') stored,
  add column report_handoff_outcome text generated always as (intake #>> '{safety,emergencyHandoff,outcome}') stored,
  add column report_referred boolean generated always as (intake #>> '{referral,institutionId}' is not null or intake ->> 'outcome' = 'referred') stored,
  add column report_problem_categories jsonb generated always as (jsonb_path_query_array(intake, '$.problems[*].category')) stored;
alter table training.contacts
  add column report_age_band text generated always as (intake #>> '{caller,ageBand}') stored,
  add column report_gender text generated always as (intake #>> '{caller,gender}') stored,
  add column report_handoff_outcome text generated always as (intake #>> '{safety,emergencyHandoff,outcome}') stored,
  add column report_referred boolean generated always as (intake #>> '{referral,institutionId}' is not null or intake ->> 'outcome' = 'referred') stored,
  add column report_problem_categories jsonb generated always as (jsonb_path_query_array(intake, '$.problems[*].category')) stored;

create index contacts_report on contacts (answered_at) include (
  centre_area_code, area_code, counsellor_id, call_type, risk_level, ended_at,
  report_age_band, report_gender, report_handoff_outcome, report_referred, report_problem_categories
);
create index contacts_report on training.contacts (answered_at) include (
  centre_area_code, area_code, counsellor_id, call_type, risk_level, ended_at,
  report_age_band, report_gender, report_handoff_outcome, report_referred, report_problem_categories
);
create index follow_ups_due on follow_ups (due_at);
create index follow_ups_due on training.follow_ups (due_at);

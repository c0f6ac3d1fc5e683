-- Training (#14): the trainer's words when signing a trainee off, kept with the sign-off itself (the
-- audit log records who and when, never free text).
alter table staff add column signed_off_note text not null default '';

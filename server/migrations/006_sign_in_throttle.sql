-- Sign-in failures are counted per username and client address together (and per address for
-- unknown usernames), so someone else's wrong passwords never lock the real user out.
drop table login_failures;
create table sign_in_failures (
  key text not null,
  at timestamptz not null default now()
);
create index sign_in_failures_key_at on sign_in_failures (key, at);

-- The call queue (#12): counsellors a queued call was released to who let it ring out. The queue
-- does not release the call to them again (their seat may still say available), and it keeps its
-- place in line for everyone else.
alter table hotline_calls add column passed_over text[] not null default '{}';
-- A counsellor with a release outstanding is not free for another call until it rings.
create index hotline_calls_released on hotline_calls (released_to) where state = 'waiting' and released_to is not null;

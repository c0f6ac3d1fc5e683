-- #15 configuration screens. Centres and institutions are written from server/provinces.ts at every
-- start; `edited_at` marks a row an admin has changed (or made), which a start then leaves alone.

-- A closed line: calls to <area code>12356 go to the province's plain 12356 routing
-- (server/pbx/routing.ts), so a caller in crisis is never turned away by a closed centre.
alter table centres add column line_open boolean not null default true;
alter table centres add column edited_at timestamptz;

-- What a counsellor tells a caller referred there, besides the name and phone.
alter table institutions add column address text not null default '';
alter table institutions add column hours text not null default '';
alter table institutions add column services text not null default '';
-- A retired institution is no longer offered, and old records still show its name.
alter table institutions add column retired boolean not null default false;
alter table institutions add column edited_at timestamptz;

-- Who was offered which caller: caller history is answered only for a call the asking counsellor
-- is being offered or has answered. The number is kept as its lookup hash, never in clear.
alter table call_routing add column caller_number_hash text;
create index call_routing_offer on call_routing (call_id, offered_to);

export * from './endpoint';
export * from './roles';
export * from './errors';
export * from './text';
export * from './auth';
export * from './sip';
export * from './lines';
export * from './pbx';
export * from './api';
export * from './phone';
export * from './risk';
export * from './referral';
export * from './intake';
export * from './notes';
export * from './notes-summary';
export * from './completion';
export * from './contact';
export * from './dates';
export * from './transfer';
export * from './shift';
export * from './fatigue';
export * from './record-handover';
export * from './revisions';
export * from './live';
export * from './nuisance';
export * from './risk-words';
// Not re-exported: import it from './protocol-check'. Behind this index the bundler hoists it (and the
// risk-word lexicon it reads) into the counsellor's first load; imported directly, it stays in the
// lazy chunk that shows the protocol reminders (1.1 KB gzip measured).
export * from './supervision';
export * from './follow-up';
export * from './training-call';

import type { SupervisorMessages } from './messages';

/** English for the supervisor's panels, loaded with them (zh-CN-supervisor.ts). */
export const enSupervisor: SupervisorMessages = {
  nuisance: {
    title: 'Nuisance list',
    loadFailed: 'The nuisance list cannot be read right now',
    callTypes: {
      counselling: 'Counselling / help',
      silent: 'Silent call',
      prank: 'Prank call',
      abusive: 'Abusive call',
      'wrong-number': 'Wrong number',
    },
    suggestions: {
      title: 'Counsellors’ suggestions (to decide)',
      empty: 'No suggestions waiting.',
      by: 'Suggested by {{name}} · {{time}}',
      call: 'The call: {{time}} · {{type}}',
      alreadyListed: 'This number is on the list already; listing it again replaces that listing with the new reason and expiry.',
      list: 'List…',
      dismiss: 'Do not list',
    },
    listings: {
      title: 'Listed numbers',
      empty: 'No numbers on the list.',
      number: 'Number',
      reason: 'Reason',
      listed: 'Listed',
      expires: 'Expires',
      effect: 'Effect',
      listedBy: '{{name}} · {{time}}',
      blocked: 'Refused',
      queuedLast: 'Queued last',
      remove: 'Remove now',
      removeLabel: 'Remove {{number}} now',
    },
    decide: {
      title: 'List {{number}} as a nuisance number',
      reason: 'Reason',
      reasonHint: 'Other supervisors will read it; do not write the caller’s name or other personal details.',
      expiry: 'Expiry (required)',
      expiries: {
        '24h': '24 hours',
        '7d': '7 days',
        '30d': '30 days',
      },
      until: 'Expires: {{time}}',
      effect: 'Calls from a listed number queue last, and the counsellor is warned when it rings.',
      block: 'Also block: refuse calls from this number, without queueing',
      blockHint: 'Blocking may turn away a caller who really needs help: choose it only when necessary. It ends at expiry.',
      confirm: 'List',
      cancel: 'Cancel',
    },
  },
};

import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/contract/api-screens';
import { scopedParty } from './request-scope';

/**
 * Every endpoint the workstation calls about a call, its record or what the record made, runs in
 * the mock call's scope when the data it names is a mock call's. A new endpoint about a record
 * joins this table on purpose (or by its path, /api/contacts/{id}/…), and the reviewer sees it.
 */
const scoped: Record<string, string> = {
  'post /api/contacts': 'trainee',
  'post /api/callers/history': 'trainee',
  'put /api/seat': 'trainee',
  'get /api/contacts/{id}': 'trainee',
  'put /api/contacts/{id}/intake': 'trainee',
  'put /api/contacts/{id}/notes': 'trainee',
  'post /api/contacts/{id}/end': 'trainee',
  'put /api/contacts/{id}/transfers': 'trainee',
  'post /api/contacts/{id}/handover': 'trainee',
  'post /api/contacts/{id}/handoffs': 'trainee',
  'post /api/contacts/{id}/complete': 'trainee',
  'post /api/contacts/{id}/caller-number': 'trainee',
  'post /api/contacts/{id}/nuisance-suggestion': 'trainee',
  'post /api/contacts/{id}/nuisance-listing': 'trainee',
  'get /api/contacts/{id}/review': 'trainee',
  'put /api/contacts/{id}/review': 'trainee',
  'post /api/handoffs/{handoffId}/read': 'token-holder',
  'put /api/rescues/{id}': 'trainee',
  'post /api/follow-ups/{id}/close': 'trainee',
  'post /api/help': 'trainee',
  'get /api/help': 'trainee',
  'post /api/supervision': 'trainer',
  'post /api/supervision/{id}/vouch': 'either',
  'get /api/supervision/{id}': 'either',
  'patch /api/supervision/{id}': 'either',
  'post /api/supervision/{id}/end': 'either',
};

describe('which requests may be about a mock call', () => {
  it('is exactly the table, each with the party it is let to', () => {
    const found = Object.fromEntries(
      Object.values(allEndpoints).flatMap((endpoint) => {
        const party = scopedParty(endpoint);
        return party ? [[`${endpoint.method} ${endpoint.path}`, party]] : [];
      }),
    );
    expect(found).toEqual(scoped);
  });
});

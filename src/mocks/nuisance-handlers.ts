import { api, nuisanceExpiresAt, type ListNuisanceRequest, type NuisanceListing, type NuisanceSuggestion } from '../contract';
import { mockData, type MockStaff } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

/** As the mock API keeps them: with the caller's whole number, which it never sends. */
export type MockListing = NuisanceListing & { callerNumber: string };
export type MockSuggestion = NuisanceSuggestion & { callerNumber: string };

function supervisor(): MockStaff {
  const me = mockData.signedIn;
  if (!me) throw new MockApiError(401, 'unauthenticated');
  if (me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
  return me;
}

/** Whether the mock's list holds this number now (what the caller history reports). */
export const mockListed = (callerNumber: string): boolean =>
  mockData.nuisanceListings.some((listing) => listing.callerNumber === callerNumber && Date.parse(listing.expiresAt) > Date.now());

function list(me: MockStaff, suggestion: MockSuggestion, decision: ListNuisanceRequest): NuisanceListing {
  const now = Date.now();
  const listing: MockListing = {
    id: crypto.randomUUID(),
    maskedNumber: suggestion.maskedNumber,
    callerNumber: suggestion.callerNumber,
    reason: decision.reason.trim(),
    blocked: decision.blocked,
    listedByName: me.displayName,
    listedAt: new Date(now).toISOString(),
    expiresAt: new Date(nuisanceExpiresAt(decision.expiry, now)).toISOString(),
    contactId: suggestion.contactId,
  };
  mockData.nuisanceListings = [listing, ...mockData.nuisanceListings.filter((l) => l.callerNumber !== listing.callerNumber)];
  mockData.nuisanceSuggestions = mockData.nuisanceSuggestions.filter((s) => s.callerNumber !== listing.callerNumber);
  const { callerNumber: _number, ...answer } = listing;
  return answer;
}

function openSuggestion(id: string): MockSuggestion {
  const found = mockData.nuisanceSuggestions.find((suggestion) => suggestion.id === id);
  if (!found) throw new MockApiError(404, 'not_found');
  return found;
}

/** The nuisance list of the mock API (one centre), with the real API's roles. */
export const nuisanceHandlers = [
  mockEndpoint(api.nuisanceListings, () => {
    supervisor();
    return { listings: mockData.nuisanceListings.map(({ callerNumber: _number, ...listing }) => listing) };
  }),
  mockEndpoint(api.nuisanceSuggestions, () => {
    supervisor();
    return { suggestions: mockData.nuisanceSuggestions.map(({ callerNumber: _number, ...suggestion }) => suggestion) };
  }),
  mockEndpoint(api.suggestNuisance, ({ params, body }) => {
    const me = mockData.signedIn;
    if (!me) throw new MockApiError(401, 'unauthenticated');
    const contact = mockData.contacts.get(params.id);
    if (!contact || contact.counsellorId !== me.id) throw new MockApiError(404, 'not_found');
    if (!contact.callerNumber) throw new MockApiError(409, 'conflict');
    const suggestion: MockSuggestion = mockData.nuisanceSuggestions.find((s) => s.contactId === contact.id) ?? {
      id: crypto.randomUUID(),
      contactId: contact.id,
      maskedNumber: contact.callerNumberMasked,
      callerNumber: contact.callerNumber,
      reason: body.reason.trim(),
      suggestedByName: me.displayName,
      suggestedAt: new Date().toISOString(),
      callType: contact.callType,
      answeredAt: contact.answeredAt,
      alreadyListed: mockListed(contact.callerNumber),
    };
    mockData.nuisanceSuggestions = [...mockData.nuisanceSuggestions.filter((s) => s.id !== suggestion.id), suggestion];
    const { callerNumber: _number, ...answer } = suggestion;
    return answer;
  }),
  mockEndpoint(api.listNuisanceFromRecord, ({ params, body }) => {
    const me = supervisor();
    const contact = mockData.contacts.get(params.id);
    if (!contact) throw new MockApiError(404, 'not_found');
    const asSuggestion: MockSuggestion = {
      id: crypto.randomUUID(),
      contactId: contact.id,
      maskedNumber: contact.callerNumberMasked,
      callerNumber: contact.callerNumber,
      reason: body.reason,
      suggestedByName: me.displayName,
      suggestedAt: new Date().toISOString(),
      callType: contact.callType,
      answeredAt: contact.answeredAt,
      alreadyListed: false,
    };
    return list(me, asSuggestion, body);
  }),
  mockEndpoint(api.listNuisanceFromSuggestion, ({ params, body }) => list(supervisor(), openSuggestion(params.id), body)),
  mockEndpoint(api.dismissNuisanceSuggestion, ({ params }) => {
    supervisor();
    const suggestion = openSuggestion(params.id);
    mockData.nuisanceSuggestions = mockData.nuisanceSuggestions.filter((s) => s.id !== suggestion.id);
    return { ok: true };
  }),
  mockEndpoint(api.removeNuisanceListing, ({ params }) => {
    supervisor();
    if (!mockData.nuisanceListings.some((listing) => listing.id === params.id)) throw new MockApiError(404, 'not_found');
    mockData.nuisanceListings = mockData.nuisanceListings.filter((listing) => listing.id !== params.id);
    return { ok: true };
  }),
];

import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../mocks/node';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { useSeatSync } from './use-seat-sync';

const GRANT = { id: '5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'b'.repeat(40) };
const inputs = { needsDebrief: () => true, openRecordCallId: () => null };

function SeatSync() {
  useSeatSync(inputs);
  return null;
}

/** Every seat change the page asked the API for, in order. */
function seatChanges(): string[] {
  const changes: string[] = [];
  mockServer.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT' && new URL(request.url).pathname === '/api/seat') void request.clone().json().then((body: { change: string }) => changes.push(body.change));
  });
  return changes;
}

async function seatWithPhone() {
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  telephony.setTrainingVoucher({ vouch: async () => ({ id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' }), ended: () => undefined });
  renderWithApp(<SeatSync />, { telephony });
  await act(() => telephony.connect({ wsUrl: 'wss://pbx', domain: 'd', registerExpiresSec: 300, credentials: { username: '8005', password: 'p', displayName: 'c' }, wrapUpCallerCalls: true }));
  return telephony;
}

async function talkAndWriteUp(telephony: FakeTelephony, id: string) {
  await act(() => telephony.answer(id));
  await act(() => telephony.hangUp(id));
  act(() => telephony.finishWrapUp(id));
}

describe('the seat follows the phone', () => {
  it('moves on-call, wrap-up and debrief for a real caller, and not at all for a mock call', async () => {
    const changes = seatChanges();
    const telephony = await seatWithPhone();
    await talkAndWriteUp(telephony, await act(() => telephony.simulateTrainingCall(GRANT)));
    await talkAndWriteUp(telephony, telephony.simulateIncoming('13800138000', '059112356'));
    await expect.poll(() => changes).toEqual(['on-call', 'wrap-up', 'break']);
    mockServer.events.removeAllListeners();
  });
});

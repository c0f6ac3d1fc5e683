import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { api, type SupervisionGrant } from '../../contract';
import type { TrainingGrant } from '../../contract/training';
import { MockApiError, mockEndpoint } from '../../mocks/endpoint-handler';
import { mockServer } from '../../mocks/node';
import { signInAs } from '../../test/render';
import { FakeTelephony, TelephonyProvider } from '../../telephony';
import { useMockCallPhone } from './use-mock-call-phone';

const GRANT: TrainingGrant = {
  id: '5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8',
  token: 'b'.repeat(40),
  extension: '8005',
  traineeName: '周学员',
  practiceTarget: 'tr8201',
  expiresAt: new Date(Date.now() + 30_000).toISOString(),
};

async function consolePhone() {
  signInAs('trainer1');
  const telephony = new FakeTelephony();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <TelephonyProvider telephony={telephony}>{children}</TelephonyProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useMockCallPhone('林培训师'), { wrapper });
  await waitFor(() => expect(hook.result.current.registration.status).toBe('registered'));
  return { telephony, hook };
}

async function mockCallOn() {
  const phone = await consolePhone();
  act(() => phone.hook.result.current.placeCall(GRANT));
  await waitFor(() => expect(phone.hook.result.current.call.stage).toBe('dialling'));
  const legId = phone.hook.result.current.leg?.id ?? '';
  act(() => phone.telephony.simulateRemoteAnswer(legId));
  return { ...phone, legId };
}

describe('the trainer console’s phone', () => {
  it('registers as the trainer’s practice identity, receiving calls', async () => {
    const { telephony } = await consolePhone();
    expect(telephony.identity?.credentials?.username).toBe('tr8201');
    expect(telephony.identity?.placesCallsOnly).not.toBe(true);
    expect(telephony.store.getState().registration.receivesCalls).toBe(true);
  });

  it('dials the trainee’s seat with the grant as the mock caller, and follows the call to its end', async () => {
    const { telephony, hook, legId } = await mockCallOn();
    expect(telephony.commands).toContain('mock-call:8005');
    expect(hook.result.current.leg).toMatchObject({ leg: 'mock-caller', training: { id: GRANT.id, trainerName: '林培训师' } });
    expect(hook.result.current.call.stage).toBe('on');
    act(() => telephony.simulateRemoteHangUp(legId));
    expect(hook.result.current.call).toEqual({ stage: 'over', grant: GRANT, answered: true, rejectedWith: null, transferredTo: null });
  });

  it('says whom the trainee blind-transferred the mock caller to', async () => {
    const { telephony, hook, legId } = await mockCallOn();
    act(() => {
      telephony.simulateCall({ id: legId, practiceFor: '12320' });
      telephony.simulateRemoteHangUp(legId, 'transferred');
    });
    expect(hook.result.current.call).toMatchObject({ stage: 'over', answered: true, transferredTo: '12320' });
  });

  it('says a mock call the trainee’s phone refused never rang', async () => {
    const { telephony, hook } = await consolePhone();
    act(() => hook.result.current.placeCall(GRANT));
    await waitFor(() => expect(hook.result.current.call.stage).toBe('dialling'));
    act(() => telephony.simulateRejected(hook.result.current.leg?.id ?? '', 403));
    expect(hook.result.current.call).toMatchObject({ stage: 'over', answered: false, rejectedWith: 403 });
  });

  it('places no mock call while its phone is not registered', async () => {
    const { telephony, hook } = await consolePhone();
    act(() => telephony.simulateRegistration({ status: 'failed', failure: 'pbx-unreachable' }));
    act(() => hook.result.current.placeCall(GRANT));
    expect(hook.result.current.call).toEqual({ stage: 'failed', reason: 'phone-offline' });
    expect(telephony.commands).not.toContain('mock-call:8005');
  });

  it('takes the trainee’s practice call beside the mock call, with the number they asked for', async () => {
    const { telephony, hook } = await mockCallOn();
    let practiceId = '';
    act(() => {
      practiceId = telephony.simulateIncoming('8005', null);
      telephony.simulateCall({ id: practiceId, practiceFor: '120' });
    });
    expect(hook.result.current.practiceCalls).toMatchObject([{ askedFor: '120', call: { id: practiceId, phase: 'ringing' } }]);
    await act(async () => hook.result.current.answerPractice(practiceId));
    expect(hook.result.current.practiceCalls[0]?.call.phase).toBe('active');
    await act(async () => hook.result.current.hangUpPractice(practiceId));
    expect(hook.result.current.practiceCalls).toEqual([]);
    expect(hook.result.current.call.stage).toBe('on');
  });

  it('whispers a hint on the trainee’s call with the mock caller muted, and unmutes after', async () => {
    const asked: unknown[] = [];
    const ended: string[] = [];
    mockServer.use(
      mockEndpoint(api.startSupervision, ({ body }): SupervisionGrant => {
        asked.push(body);
        return { id: crypto.randomUUID(), token: 'c'.repeat(40), callId: body.callId, mode: body.mode, extension: '8005', counsellorName: '周学员', expiresAt: new Date().toISOString() };
      }),
      mockEndpoint(api.endSupervision, ({ params, body }) => {
        ended.push(`${params.id}:${body.reason}`);
        throw new MockApiError(500, 'internal');
      }),
    );
    const { telephony, hook, legId } = await mockCallOn();
    act(() => hook.result.current.startHint());
    expect(hook.result.current.leg?.muted).toBe(true);
    await waitFor(() => expect(hook.result.current.hint).toBe('speaking'));
    expect(asked).toEqual([{ callId: `${legId}@fake`, mode: 'whisper' }]);
    expect(telephony.commands).toContain('supervise:8005:whisper');

    act(() => hook.result.current.endHint());
    expect(hook.result.current.hint).toBe('off');
    expect(hook.result.current.leg?.muted).toBe(false);
    await waitFor(() => expect(ended).toHaveLength(1));
    expect(ended[0]).toMatch(/:supervisor-left$/);
    expect(telephony.store.getState().calls.filter((call) => call.leg === 'supervising' && call.phase !== 'ended')).toEqual([]);
  });

  it('ends a hint stopped while it was starting, once it has started', async () => {
    const ended: string[] = [];
    mockServer.use(
      mockEndpoint(api.startSupervision, ({ body }): SupervisionGrant => ({
        id: crypto.randomUUID(),
        token: 'c'.repeat(40),
        callId: body.callId,
        mode: body.mode,
        extension: '8005',
        counsellorName: '周学员',
        expiresAt: new Date().toISOString(),
      })),
      mockEndpoint(api.endSupervision, ({ params }) => {
        ended.push(params.id);
        throw new MockApiError(500, 'internal');
      }),
    );
    const { telephony, hook } = await mockCallOn();
    act(() => hook.result.current.startHint());
    act(() => hook.result.current.endHint());
    expect(hook.result.current.leg?.muted).toBe(false);
    await waitFor(() => expect(ended).toHaveLength(1));
    expect(hook.result.current.hint).toBe('off');
    expect(telephony.store.getState().calls.filter((call) => call.leg === 'supervising' && call.phase !== 'ended')).toEqual([]);
  });

  it('gives the trainer the mock caller’s voice back when the hint cannot start', async () => {
    mockServer.use(
      mockEndpoint(api.startSupervision, () => {
        throw new MockApiError(403, 'forbidden');
      }),
    );
    const { hook } = await mockCallOn();
    act(() => hook.result.current.startHint());
    await waitFor(() => expect(hook.result.current.hint).toBe('failed'));
    expect(hook.result.current.leg?.muted).toBe(false);
  });
});

import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyIntake, type ContactRecord, type Intake } from '../../contract';
import type { TrainingGrant } from '../../contract/training';
import { loadTrainingMessages, setLanguage } from '../../i18n';
import { mockData, mockLiveStream, type MockLiveStream } from '../../mocks';
import { mockTrainee } from '../../mocks/training-data';
import { mockServer } from '../../mocks/node';
import { FetchEventSource } from '../../test/event-source';
import { renderWithApp, signInAs } from '../../test/render';
import type { CallSnapshot } from '../../telephony';
import type { MockCallPhone } from '../mock-call-phone';
import { MockCallConsole } from './MockCallConsole';

beforeAll(() => loadTrainingMessages());

let stream: MockLiveStream;
beforeEach(() => {
  stream = mockLiveStream();
  mockServer.use(stream.handler);
  vi.stubGlobal('EventSource', FetchEventSource);
});

function snapshot(patch: Partial<CallSnapshot>): CallSnapshot {
  return {
    id: 'leg-1', sipCallId: 'leg-1@test', direction: 'outbound', leg: 'mock-caller', phase: 'active', remoteNumber: '8005', line: null,
    createdAt: Date.now(), answeredAt: Date.now(), audioFlowing: true, endedAt: null, muted: false, held: false, remoteHeld: false,
    endReason: null, rejectedWith: null, queued: false, dtmfReceived: '', quality: null, linkedCallId: null, conference: false,
    transferFailure: null, handoff: null, problem: null, supervision: null, training: null, practiceFor: null, ...patch,
  };
}

type PhoneState = Pick<MockCallPhone, 'call' | 'leg' | 'practiceCalls' | 'hint' | 'credentialsFailed' | 'registration'>;

/** The console on a phone the test drives: the phone's state as the mock-call phone hook would report it. */
function renderConsole() {
  signInAs('trainer1');
  const actions = {
    reconnect: vi.fn(), placeCall: vi.fn(), hangUp: vi.fn(), answerPractice: vi.fn(), hangUpPractice: vi.fn(),
    startHint: vi.fn(), endHint: vi.fn(), dismiss: vi.fn(),
  };
  const onEnded = vi.fn();
  let setPhone: (patch: Partial<PhoneState>) => void = () => undefined;
  function Host() {
    const [state, setState] = useState<PhoneState>({
      call: { stage: 'idle' }, leg: null, practiceCalls: [], hint: 'off', credentialsFailed: false,
      registration: { status: 'registered', failure: null, attempt: 0, retryAt: null, receivesCalls: true },
    });
    setPhone = (patch) => setState((current) => ({ ...current, ...patch }));
    return <MockCallConsole phone={{ ...state, ...actions }} onEnded={onEnded} />;
  }
  const rendered = renderWithApp(<Host />);
  return { ...rendered, actions, onEnded, phone: (patch: Partial<PhoneState>) => act(() => setPhone(patch)) };
}

/** Picks 张咨询员 (a trainee in the mock API) and the pills-at-night scenario and starts: answers the grant the API gave. */
async function startMockCall(rendered: ReturnType<typeof renderConsole>): Promise<TrainingGrant> {
  await rendered.user.selectOptions(await screen.findByLabelText('学员'), await screen.findByRole('option', { name: /张咨询员（分机 8001）/ }));
  await rendered.user.selectOptions(screen.getByLabelText('情景案例'), await screen.findByRole('option', { name: '深夜吞药的大学生' }));
  await rendered.user.click(screen.getByRole('button', { name: '拨打学员座席' }));
  await vi.waitFor(() => expect(rendered.actions.placeCall).toHaveBeenCalledOnce());
  return rendered.actions.placeCall.mock.calls[0]?.[0] as TrainingGrant;
}

/** The trainee's record as their workstation saved it, and the live event that tells the trainer. */
function traineeSaves(grantId: string, intake: Partial<Intake>, record: Partial<ContactRecord> = {}) {
  const view = mockData.trainingCalls.get(grantId);
  if (!view) throw new Error('no such mock call');
  const base: ContactRecord = view.record ?? {
    id: crypto.randomUUID(), callId: 'trainee-call@pbx', dialled: '059112356', areaCode: '0591', counsellorId: mockTrainee.id,
    counsellorName: mockTrainee.displayName, callerNumberMasked: 'tr8****', answeredAt: new Date().toISOString(), endedAt: null,
    completedAt: null, status: 'draft', callType: 'counselling', riskLevel: 'none', reviewed: false, intake: emptyIntake('0591'),
    notes: [], intakeRevision: 0, notesRevision: 0, transfers: [], transfersRevision: 0,
    callerHistory: { previousContacts: 0, lastContactAt: null, lastRiskLevel: null, nuisanceCalls: 0, nuisanceListed: false },
    supervisorInformed: false, followUp: null, supervisionLog: [],
  };
  mockData.trainingCalls.set(grantId, { ...view, record: { ...base, ...record, intake: { ...base.intake, ...intake } } });
  stream.push({ type: 'training-call', id: grantId });
}

const imminentScreener = { ...emptyIntake().screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes', intent: 'yes', plan: 'yes', behaviour: 'yes', behaviourWithin3Months: 'yes' } as const;

describe('the trainer’s mock-call console', () => {
  it('starts a mock call on the chosen trainee with the chosen scenario only once both are chosen and the phone is up', async () => {
    const rendered = renderConsole();
    const start = screen.getByRole('button', { name: '拨打学员座席' });
    expect(start).toBeDisabled();
    expect(await screen.findByRole('option', { name: '张咨询员（分机 8001） · 未结业' })).toBeInTheDocument();
    rendered.phone({ registration: { status: 'failed', failure: 'pbx-unreachable', attempt: 1, retryAt: null, receivesCalls: true } });
    expect(screen.getByText(/培训台电话未连接交换机/)).toBeInTheDocument();
    rendered.phone({ registration: { status: 'registered', failure: null, attempt: 0, retryAt: null, receivesCalls: true } });
    const grant = await startMockCall(rendered);
    expect(grant).toMatchObject({ extension: '8001', traineeName: '张咨询员', practiceTarget: 'tr8201' });
    expect(mockData.trainingCalls.get(grant.id)?.call).toMatchObject({ state: 'granted', traineeId: mockTrainee.id });
  });

  it('shows the script with its facts to tick off as said, and the trainee’s record live as they fill it in', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'dialling', grant, legId: 'leg-1' }, leg: snapshot({ phase: 'ringing', answeredAt: null }) });
    expect(await screen.findByText('正在呼叫学员，等待接听…')).toBeInTheDocument();
    const script = await screen.findByRole('region', { name: '情景脚本' });
    expect(script).toHaveTextContent('喂……我好像做了傻事。');
    expect(script).toHaveTextContent('来电者：18–24 岁 · 男 · 学生 · 福州市闽侯县大学城 · 拨打 059112356');
    expect(script).toHaveTextContent('学员问到：问现在具体在哪里');
    expect(script).toHaveTextContent('风险等级应评为：紧急');
    expect(script).toHaveTextContent('转交 120 急救');
    const saidLocation = within(script).getByRole('checkbox', { name: '已说出：所在位置' });
    await rendered.user.click(saidLocation);
    expect(saidLocation).toBeChecked();

    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    const record = screen.getByRole('region', { name: '学员的记录（实时）' });
    expect(record).toHaveTextContent('学员尚未开始记录。');
    traineeSaves(grant.id, { screener: { ...emptyIntake().screener, wishedDead: 'yes', suicidalThoughts: 'no' } });
    expect(await within(record).findByText('第 1 题')).toBeInTheDocument();
    expect(within(record).getByText('低')).toBeInTheDocument();
    traineeSaves(grant.id, { screener: imminentScreener, lifeline: { ...emptyIntake().lifeline, intent: { ...emptyIntake().lifeline.intent, attemptInProgress: true } }, imminent: { ...emptyIntake().imminent, location: '大学城 3 号楼 402', callbackNumber: '13800138000' } }, {
      notes: [{ id: 'n1', atSec: 75, text: '吞了二十多片安眠药', edited: false }],
      transfers: [{ id: 't1', kind: 'conference', targetNumber: '120', targetName: '医疗急救', startedAt: new Date().toISOString(), connectedAt: null, endedAt: null, outcome: 'ringing', handoffId: null }],
    });
    expect(await within(record).findByText('紧急')).toBeInTheDocument();
    expect(record).toHaveTextContent('大学城 3 号楼 402');
    expect(record).toHaveTextContent('13800138000');
    expect(record).toHaveTextContent('01:15吞了二十多片安眠药');
    expect(within(record).getByText('转接 医疗急救 120：振铃中')).toBeInTheDocument();
  });

  it('a practice transfer from the trainee rings the console as the service asked for; the trainer answers and hangs up', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    const practice = snapshot({ id: 'p-1', leg: 'direct', direction: 'inbound', phase: 'ringing', answeredAt: null, remoteNumber: '8005' });
    rendered.phone({ practiceCalls: [{ call: practice, askedFor: '120' }] });
    expect(await screen.findByRole('alert')).toHaveTextContent('学员转接 120（演练）');
    await rendered.user.click(screen.getByRole('button', { name: '接听' }));
    expect(rendered.actions.answerPractice).toHaveBeenCalledWith('p-1');
    rendered.phone({ practiceCalls: [{ call: { ...practice, phase: 'active', answeredAt: Date.now() }, askedFor: '120' }] });
    expect(screen.getByText('已接听：学员转接 120（演练）')).toBeInTheDocument();
    await rendered.user.click(screen.getByRole('button', { name: '挂断' }));
    expect(rendered.actions.hangUpPractice).toHaveBeenCalledWith('p-1');
    // Without the phone's word, the training record's open transfer names it.
    traineeSaves(grant.id, {}, {
      transfers: [{ id: 't1', kind: 'conference', targetNumber: '110', targetName: '', startedAt: new Date().toISOString(), connectedAt: null, endedAt: null, outcome: 'ringing', handoffId: null }],
    });
    rendered.phone({ practiceCalls: [{ call: practice, askedFor: null }] });
    expect(await screen.findByText('学员转接 110（演练）')).toBeInTheDocument();
  });

  it('whispers a hint to the trainee through the phone, and says while the caller’s side is muted', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    await rendered.user.click(screen.getByRole('button', { name: '向学员提示（只有学员能听到）' }));
    expect(rendered.actions.startHint).toHaveBeenCalledOnce();
    rendered.phone({ hint: 'speaking' });
    expect(screen.getByText('正在提示：来电者一方已静音')).toBeInTheDocument();
    await rendered.user.click(screen.getByRole('button', { name: '结束提示，回到来电者角色' }));
    expect(rendered.actions.endHint).toHaveBeenCalledOnce();
    rendered.phone({ hint: 'failed' });
    expect(screen.getByText('提示未能接通，请重试。')).toBeInTheDocument();
  });

  it('ending the call hangs up, tells the API and opens the rubric', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    await rendered.user.click(screen.getByRole('button', { name: '结束模拟来电' }));
    expect(rendered.actions.hangUp).toHaveBeenCalledOnce();
    rendered.phone({ call: { stage: 'over', grant, answered: true, rejectedWith: null, transferredTo: null }, leg: null });
    await vi.waitFor(() => expect(rendered.onEnded).toHaveBeenCalledWith(grant.id));
    expect(mockData.trainingCalls.get(grant.id)?.call.state).toBe('ended');
  });

  it('the trainee hanging up first (the API already told) still opens the rubric', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    const view = mockData.trainingCalls.get(grant.id);
    if (view) mockData.trainingCalls.set(grant.id, { ...view, call: { ...view.call, state: 'ended' } });
    rendered.phone({ call: { stage: 'over', grant, answered: true, rejectedWith: null, transferredTo: null }, leg: null });
    await vi.waitFor(() => expect(rendered.onEnded).toHaveBeenCalledWith(grant.id));
  });

  it('a mock call the trainee never took says so and goes back to the set-up, no rubric', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'over', grant, answered: false, rejectedWith: 486, transferredTo: null }, leg: null });
    expect(await screen.findByText('学员的座席正忙，这通模拟来电没有接通。')).toBeInTheDocument();
    await vi.waitFor(() => expect(mockData.trainingCalls.get(grant.id)?.call.state).toBe('ended'));
    await rendered.user.click(screen.getByRole('button', { name: '返回' }));
    expect(rendered.actions.dismiss).toHaveBeenCalledOnce();
    expect(rendered.onEnded).not.toHaveBeenCalled();
  });

  it('has no axe-core violations during a call with a practice transfer ringing, in Chinese and in English', async () => {
    const rendered = renderConsole();
    const grant = await startMockCall(rendered);
    rendered.phone({ call: { stage: 'on', grant, legId: 'leg-1' }, leg: snapshot({}) });
    traineeSaves(grant.id, { screener: imminentScreener }, { notes: [{ id: 'n1', atSec: 5, text: '吞药', edited: false }] });
    rendered.phone({ practiceCalls: [{ call: snapshot({ id: 'p-1', leg: 'direct', direction: 'inbound', phase: 'ringing', answeredAt: null }), askedFor: '120' }] });
    await screen.findByText('吞药');
    const violations = async () =>
      (await axe.run(document.body, { resultTypes: ['violations'] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await violations()).toEqual([]);
    await setLanguage('en');
    await screen.findByText('Trainee transfers to 120 (practice)');
    expect(await violations()).toEqual([]);
  });
});

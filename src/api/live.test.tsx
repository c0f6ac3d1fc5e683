import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardSeat, LineQueue, LiveSnapshot } from '../contract';
import { emptySnapshot, mockLiveStream, type MockLiveStream } from '../mocks';
import { mockServer } from '../mocks/node';
import { FetchEventSource } from '../test/event-source';
import { renderWithApp } from '../test/render';
import { useLiveAlerts, useLiveEvents, useLiveQueue, useLiveSeats } from './live';
import { useMe } from './me';

const seat = (patch: Partial<BoardSeat> = {}): BoardSeat => ({
  staffId: 'c1',
  name: '张咨询员',
  extension: '8001',
  trainee: false,
  seat: { status: 'available', since: '2026-11-30T01:00:00.000Z', wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null },
  clockedIn: true,
  call: null,
  fatigue: [],
  protocolMissesToday: 0,
  ...patch,
});

const line = (waiting: number): LineQueue => ({
  line: '059112356',
  areaCode: '0591',
  waiting,
  oldestWaitingSince: waiting > 0 ? '2026-11-30T01:59:00.000Z' : null,
  today: {
    offered: 0, answered: 0, abandoned: 0, abandonedAvgWaitSec: null, overflowed: 0, busy: 0,
    answeredInServiceLevel: 0, avgWaitSec: null, avgTalkSec: null,
  },
  hours: [],
});

const snapshot = (patch: Partial<LiveSnapshot> = {}): LiveSnapshot => ({ ...emptySnapshot(), seats: [seat()], queue: [line(0)], ...patch });

/** What a screen built on the hooks shows: one line per seat, per line, per alert. */
function Board() {
  const connection = useLiveEvents();
  const seats = useLiveSeats();
  const queue = useLiveQueue();
  const alerts = useLiveAlerts();
  return (
    <div>
      <p>stream {connection}</p>
      {seats?.map((s) => (
        <p key={s.staffId}>{`${s.name} ${s.seat.status} ${s.call?.riskLevel ?? 'no call'}`}</p>
      ))}
      {queue?.map((q) => <p key={q.line}>{`${q.line} waiting ${q.waiting}`}</p>)}
      {alerts?.map((a) => <p key={a.id}>{`alert ${a.kind} ${a.acknowledgedBy ?? 'open'}`}</p>)}
    </div>
  );
}

let stream: MockLiveStream;
beforeEach(() => {
  vi.stubGlobal('EventSource', FetchEventSource);
  stream = mockLiveStream(snapshot());
  mockServer.use(stream.handler);
});
afterEach(() => vi.unstubAllGlobals());

describe('the live centre in the query cache', () => {
  it('shows the snapshot, then follows seat, risk, queue and alert events', async () => {
    renderWithApp(<Board />);
    expect(await screen.findByText('张咨询员 available no call')).toBeInTheDocument();
    expect(screen.getByText('stream open')).toBeInTheDocument();
    stream.push({
      type: 'seat-changed',
      seat: seat({
        seat: { ...seat().seat, status: 'on-call' },
        call: { callId: 'call-1', contactId: null, line: '059112356', answeredAt: '2026-11-30T02:00:00.000Z', riskLevel: 'none', supervisedBy: null },
      }),
    });
    expect(await screen.findByText('张咨询员 on-call none')).toBeInTheDocument();
    stream.push({ type: 'risk-changed', staffId: 'c1', callId: 'call-1', riskLevel: 'imminent' });
    expect(await screen.findByText('张咨询员 on-call imminent')).toBeInTheDocument();
    stream.push({ type: 'queue', queue: line(2) });
    expect(await screen.findByText('059112356 waiting 2')).toBeInTheDocument();
    const alert = {
      id: '0b9f6c1e-3f43-4c36-9d59-3b9e8b1c2a11', kind: 'help' as const, raisedAt: '2026-11-30T02:01:00.000Z', staffId: 'c1',
      staffName: '张咨询员', reason: null, line: null, acknowledgedAt: null, acknowledgedBy: null,
    };
    stream.push({ type: 'alert', alert });
    expect(await screen.findByText('alert help open')).toBeInTheDocument();
    stream.push({ type: 'alert', alert: { ...alert, acknowledgedAt: '2026-11-30T02:01:30.000Z', acknowledgedBy: '陈督导' } });
    expect(await screen.findByText('alert help 陈督导')).toBeInTheDocument();
    expect(screen.queryByText('alert help open')).not.toBeInTheDocument();
  });

  it('reads the centre’s nuisance lists again when the stream says they changed, without polling them', async () => {
    let reads = 0;
    function NuisanceCount() {
      const { data } = useQuery({ queryKey: ['nuisance', 'listings'], queryFn: async () => ++reads });
      return <p>{`nuisance lists read ${data ?? 0}`}</p>;
    }
    renderWithApp(
      <>
        <Board />
        <NuisanceCount />
      </>,
    );
    expect(await screen.findByText('nuisance lists read 1')).toBeInTheDocument();
    expect(await screen.findByText('stream open')).toBeInTheDocument();
    stream.push({ type: 'nuisance-changed' });
    expect(await screen.findByText('nuisance lists read 2')).toBeInTheDocument();
  });

  it('reads the counsellor’s record list and that record’s review again when a review is written', async () => {
    let reads = 0;
    function RecordCount() {
      const { data } = useQuery({ queryKey: ['contacts', 'list', 'mine', 'any'], queryFn: async () => ++reads });
      return <p>{`records read ${data ?? 0}`}</p>;
    }
    renderWithApp(
      <>
        <Board />
        <RecordCount />
      </>,
    );
    expect(await screen.findByText('records read 1')).toBeInTheDocument();
    expect(await screen.findByText('stream open')).toBeInTheDocument();
    stream.push({ type: 'record-reviewed', contactId: '00000000-0000-4000-8000-0000000000aa', staffId: 's1' });
    expect(await screen.findByText('records read 2')).toBeInTheDocument();
  });

  it('after a reconnection the new snapshot replaces what the caches held', async () => {
    renderWithApp(<Board />);
    expect(await screen.findByText('张咨询员 available no call')).toBeInTheDocument();
    stream.setSnapshot(snapshot({ seats: [seat({ staffId: 'c2', name: '李咨询员' })], queue: [line(3)] }));
    stream.dropAll();
    expect(await screen.findByText('李咨询员 available no call')).toBeInTheDocument();
    expect(screen.queryByText('张咨询员 available no call')).not.toBeInTheDocument();
    expect(screen.getByText('059112356 waiting 3')).toBeInTheDocument();
    expect(stream.connections).toBe(2);
  });

  it('opens one stream for the whole page, however many components read it', async () => {
    renderWithApp(
      <>
        <Board />
        <Board />
      </>,
    );
    expect(await screen.findAllByText('张咨询员 available no call')).toHaveLength(2);
    expect(stream.connections).toBe(1);
  });

  it('says the stream is closed when the API refuses it', async () => {
    let refused = 0;
    mockServer.use(
      http.get('/api/events', () => {
        refused += 1;
        return HttpResponse.json({ error: { code: 'unauthenticated' } }, { status: 401 });
      }),
    );
    renderWithApp(<Board />);
    expect(screen.getByText('stream connecting')).toBeInTheDocument();
    await vi.waitFor(() => expect(refused).toBe(1));
    expect(await screen.findByText('stream closed')).toBeInTheDocument();
    expect(refused).toBe(1);
  });

  it('asks who is signed in again when the API refuses the stream, so a session ended elsewhere (a deactivated account) shows as signed out', async () => {
    let meAsked = 0;
    mockServer.use(
      http.get('/api/events', () => HttpResponse.json({ error: { code: 'unauthenticated' } }, { status: 401 })),
      http.get('/api/me', () => {
        meAsked += 1;
        return meAsked === 1
          ? HttpResponse.json({ id: 'c1', username: 'counsellor1', displayName: '张咨询员', role: 'counsellor', centre: null, trainee: false, mustChangePassword: false })
          : HttpResponse.json({ error: { code: 'unauthenticated' } }, { status: 401 });
      }),
    );
    function Stream() {
      useLiveEvents();
      return null;
    }
    // As in the app, the stream opens once the page knows who is signed in.
    function Page() {
      const me = useMe();
      if (me.data === undefined) return null;
      return me.data ? (
        <>
          <Stream />
          <p>signed in as {me.data.displayName}</p>
        </>
      ) : (
        <p>signed out</p>
      );
    }
    renderWithApp(<Page />);
    expect(await screen.findByText('signed out')).toBeInTheDocument();
    expect(meAsked).toBe(2);
  });
});

import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CentreAlert } from '../../contract';
import { setLanguage } from '../../i18n';
import { emptySnapshot, mockData, mockLiveStream, type MockLiveStream } from '../../mocks';
import { mockServer } from '../../mocks/node';
import { FetchEventSource } from '../../test/event-source';
import { renderWithApp, signInAs } from '../../test/render';
import { HelpPanel } from './HelpPanel';

// The counsellor's event stream, as GET /api/events serves it: the panel learns from it alone.
let stream: MockLiveStream;
function liveCentre(alerts: CentreAlert[] = []): void {
  stream = mockLiveStream({ ...emptySnapshot(), alerts });
  mockServer.use(stream.handler);
}
beforeEach(() => {
  vi.stubGlobal('EventSource', FetchEventSource);
  liveCentre();
});

/** HH:MM in Beijing (UTC+8, no summer time), written out independently of the app's formatter. */
const beijingHhMm = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

describe('HelpPanel', () => {
  it('sends the request with its reason, says it waits, then shows which supervisor saw it and when', async () => {
    signInAs('counsellor1');
    const { user } = renderWithApp(<HelpPanel />);
    await user.type(await screen.findByLabelText('求助原因（选填，一句话）'), '来电者情绪激动，需要督导旁听');
    await user.click(screen.getByRole('button', { name: '请求督导协助' }));

    expect(await screen.findByRole('status')).toHaveTextContent('已发送，等待督导查看');
    expect(screen.queryByRole('button', { name: '请求督导协助' })).not.toBeInTheDocument();
    expect(mockData.helpRequests).toEqual([
      expect.objectContaining({ kind: 'help', staffName: '张咨询员', reason: '来电者情绪激动，需要督导旁听', acknowledgedAt: null }),
    ]);

    // A supervisor acknowledges it on the console; the counsellor's stream carries the change.
    const seenAt = new Date().toISOString();
    const asked = mockData.helpRequests[0] as CentreAlert;
    stream.push({ type: 'alert', alert: { ...asked, acknowledgedAt: seenAt, acknowledgedBy: '陈督导' } });
    expect(await screen.findByText(`陈督导已查看 (${beijingHhMm(seenAt)})`)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: '再次请求督导协助' })).toBeEnabled();
    expect(screen.getByLabelText('求助原因（选填，一句话）')).toHaveValue('');
  });

  it('after a reload, still shows an open request as waiting; in English too', async () => {
    signInAs('counsellor1');
    liveCentre([{
      id: '7d0b8c1e-3f5a-4b2c-9d8e-1a2b3c4d5e6f',
      kind: 'help',
      raisedAt: new Date().toISOString(),
      staffId: 's1',
      staffName: '张咨询员',
      reason: null,
      line: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
    }]);
    await setLanguage('en');
    renderWithApp(<HelpPanel />);
    expect(await screen.findByText('Sent: waiting for a supervisor to see it')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask a supervisor for help' })).not.toBeInTheDocument();
  });

  it('offers the button in English when nothing was asked', async () => {
    signInAs('counsellor1');
    await setLanguage('en');
    renderWithApp(<HelpPanel />);
    expect(await screen.findByRole('button', { name: 'Ask a supervisor for help' })).toBeEnabled();
    expect(screen.getByLabelText('Why you need help (optional, one line)')).toHaveAttribute('maxlength', '120');
  });
});

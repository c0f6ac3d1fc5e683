import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData, seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { CallerHistoryNotice } from './CallerHistoryNotice';

const ringing = { id: 'call-1', sipCallId: 'sip-call-1', remoteNumber: '13800138000' };

function listNumber(callerNumber: string, expiresInMs: number): void {
  mockData.nuisanceListings = [
    {
      id: '7c1e4c2a-0d53-4a8e-9b1f-2f6a1f0e7a05',
      maskedNumber: '138****8000',
      callerNumber,
      reason: '恶作剧',
      blocked: false,
      listedByName: '李督导',
      listedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
      contactId: null,
    },
  ];
}

describe('CallerHistoryNotice', () => {
  it('warns first and plainly, as the phone rings, that the number is on the nuisance list, with its earlier nuisance calls', async () => {
    signInAs('counsellor1');
    seedMockContact({ callType: 'prank', answeredAt: '2026-11-29T02:00:00.000Z' });
    listNumber('13800138000', 3600_000);
    renderWithApp(<CallerHistoryNotice call={ringing} />);
    const history = await screen.findByTestId('caller-history');
    const lines = [...history.querySelectorAll('p')].map((line) => line.textContent);
    expect(lines).toEqual([
      '督导已将此号码列入骚扰号码名单：请照常接听，留意来电者是否确需帮助',
      '曾来电 1 次 · 最近一次来电：2026/11/29 · 上次风险：无',
      '此号码有 1 次记录为无效或骚扰来电',
    ]);
  });

  it('says nothing of the list for a number not on it, or whose listing expired', async () => {
    signInAs('counsellor1');
    listNumber('13800138000', -1000);
    renderWithApp(<CallerHistoryNotice call={ringing} />);
    expect(await screen.findByText('首次来电，无既往记录')).toBeInTheDocument();
    expect(screen.queryByText(/骚扰号码名单/)).not.toBeInTheDocument();
  });
});

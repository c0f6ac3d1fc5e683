import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HandoffView } from '../../contract';
import { mockData } from '../../mocks';
import { renderWithApp } from '../../test/render';
import { ReceivedHandoff } from './ReceivedHandoff';

const token = 'a'.repeat(40);

function handoffWrittenAgo(hours: number): { id: string; token: string } {
  const id = crypto.randomUUID();
  const view: HandoffView = {
    id,
    contactId: crypto.randomUUID(),
    createdAt: new Date(Date.now() - hours * 3_600_000).toISOString(),
    centreAreaCode: '0591',
    counsellorName: '张咨询员',
    targetNumber: '120',
    location: '福州大学 3 号楼天台',
    callbackNumber: '13800138000',
    riskLevel: 'imminent',
    means: '安眠药',
    timeTaken: '约 20 分钟前',
    callerState: '意识清醒，说话变慢',
    othersPresent: 'no',
  };
  mockData.handoffs.set(id, { token, view });
  return { id, token };
}

describe('ReceivedHandoff', () => {
  it('shows the dispatcher where the caller is and how to reach them', async () => {
    renderWithApp(<ReceivedHandoff handoff={handoffWrittenAgo(1)} />);
    expect(await screen.findByText('福州大学 3 号楼天台')).toBeInTheDocument();
    expect(screen.getByText('13800138000')).toBeInTheDocument();
    expect(screen.getByText(/来自 张咨询员（0591 中心）/)).toBeInTheDocument();
  });

  it('says plainly that a packet over a day old is no longer served, without retrying', async () => {
    renderWithApp(<ReceivedHandoff handoff={handoffWrittenAgo(25)} />);
    expect(await screen.findByText('交接信息已超过 24 小时，不再提供；请直接联系转出的 12356 中心')).toBeInTheDocument();
    expect(screen.queryByText('福州大学 3 号楼天台')).not.toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyIntake, type ContactRecord } from '../../contract';
import { loadSupervisorMessages, setLanguage } from '../../i18n';
import { RecordDetails } from './RecordDetails';

beforeAll(() => loadSupervisorMessages());

const record = (patch: Partial<ContactRecord> = {}): ContactRecord => ({
  id: '5f0c6b1e-0000-4000-8000-000000000001',
  callId: 'call-1',
  dialled: '059112356',
  areaCode: '0591',
  counsellorId: 'c1',
  counsellorName: '张咨询员',
  callerNumberMasked: '',
  answeredAt: '2022-01-01T02:00:00.000Z',
  endedAt: '2022-01-01T02:20:00.000Z',
  completedAt: '2022-01-01T02:30:00.000Z',
  status: 'completed',
  callType: 'counselling',
  riskLevel: 'imminent',
  reviewed: false,
  intake: emptyIntake('0591'),
  notes: [],
  intakeRevision: 3,
  notesRevision: 0,
  transfers: [],
  transfersRevision: 0,
  callerHistory: { previousContacts: 0, lastContactAt: null, lastRiskLevel: null, nuisanceCalls: 0, nuisanceListed: false },
  supervisorInformed: false,
  followUp: null,
  supervisionLog: [],
  ...patch,
});

describe('RecordDetails of a record past its retention period', () => {
  it('says the personal data was removed, and when, instead of showing empty fields', async () => {
    await setLanguage('zh-CN');
    render(<RecordDetails record={record({ personalDataRemovedAt: '2025-01-02T01:00:00.000Z' })} />);
    expect(screen.getByRole('note')).toHaveTextContent('已按数据保留期限删除个人信息（2025/01/02）');
    expect(screen.queryByText('（空）')).not.toBeInTheDocument();
    expect(screen.queryByText('没有关键词记录。')).not.toBeInTheDocument();
    expect(screen.getAllByText(/已按数据保留期限删除$/).length).toBeGreaterThanOrEqual(2);
  });

  it('shows an untouched record’s empty fields as empty, with no notice', async () => {
    await setLanguage('en');
    render(<RecordDetails record={record()} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('No keyword notes.')).toBeInTheDocument();
  });
});

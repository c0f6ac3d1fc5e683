import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyIntake } from '../../contract';
import { mockData } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { CallBackButton } from './CallBackButton';

function seedRecord(callerNumber: string): string {
  const id = '5c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
  const staff = mockData.staff[0];
  if (!staff) throw new Error('no staff');
  mockData.contacts.set(id, {
    id,
    callId: 'c@x',
    dialled: '12356',
    areaCode: null,
    counsellorId: staff.id,
    counsellorName: staff.displayName,
    callerNumberMasked: '138****8000',
    callerNumber,
    answeredAt: new Date().toISOString(),
    endedAt: null,
    completedAt: null,
    status: 'draft',
    callType: 'counselling',
    riskLevel: 'none',
    intake: emptyIntake('0591'),
    notes: [],
    intakeRevision: 0,
    notesRevision: 0,
    transfers: [],
    transfersRevision: 0,
    callerHistory: { previousContacts: 0, lastContactAt: null, lastRiskLevel: null, nuisanceCalls: 0, nuisanceListed: false },
  });
  return id;
}

describe('CallBackButton', () => {
  it('dials the whole number the API reveals, without showing it', async () => {
    signInAs('counsellor1');
    const id = seedRecord('13800138000');
    const telephony = new FakeTelephony();
    const { user } = renderWithApp(<CallBackButton recordId={id} disabled={false} />, { telephony });
    await user.click(screen.getByRole('button', { name: '回拨来电者' }));
    await waitFor(() => expect(telephony.commands).toContain('dial:13800138000'));
    expect(screen.queryByText('13800138000')).not.toBeInTheDocument();
  });

  it('says so when the caller withheld their number', async () => {
    signInAs('counsellor1');
    const id = seedRecord('');
    const { user } = renderWithApp(<CallBackButton recordId={id} disabled={false} />);
    await user.click(screen.getByRole('button', { name: '回拨来电者' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('来电者未显示号码，无法回拨');
  });
});

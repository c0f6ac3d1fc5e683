import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { CallBackButton } from './CallBackButton';

const seedRecord = (callerNumber: string) => seedMockContact({ callerNumber });

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

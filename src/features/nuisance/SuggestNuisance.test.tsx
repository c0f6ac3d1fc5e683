import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockData, seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { SuggestNuisance } from './SuggestNuisance';

beforeEach(() => signInAs('counsellor1'));

describe('SuggestNuisance', () => {
  it('sends the caller of the record to a supervisor with a reason, then says it was sent', async () => {
    const id = seedMockContact({ callType: 'abusive' });
    const { user } = renderWithApp(<SuggestNuisance contactId={id} />);
    await user.click(screen.getByRole('button', { name: '建议列入骚扰名单' }));
    const group = screen.getByRole('group', { name: '建议将此来电号码列入骚扰号码名单' });
    const send = within(group).getByRole('button', { name: '提交督导审核' });
    expect(send).toBeDisabled();
    await user.type(within(group).getByLabelText('建议原因'), '连续三晚辱骂咨询员');
    await user.click(send);
    expect(await screen.findByRole('status')).toHaveTextContent('已提交督导审核');
    expect(mockData.nuisanceSuggestions.map((s) => [s.contactId, s.reason, s.maskedNumber, s.callType])).toEqual([
      [id, '连续三晚辱骂咨询员', '138****8000', 'abusive'],
    ]);
  });

  it('says why when the API refuses, and keeps the reason typed', async () => {
    const { user } = renderWithApp(<SuggestNuisance contactId={crypto.randomUUID()} />);
    await user.click(screen.getByRole('button', { name: '建议列入骚扰名单' }));
    await user.type(screen.getByLabelText('建议原因'), '恶作剧');
    await user.click(screen.getByRole('button', { name: '提交督导审核' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByLabelText('建议原因')).toHaveValue('恶作剧');
    expect(mockData.nuisanceSuggestions).toEqual([]);
  });
});

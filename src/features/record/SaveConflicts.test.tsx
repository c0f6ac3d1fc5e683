import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notes } from '../../contract';
import { setLanguage } from '../../i18n';
import { mockData, seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { clearRecordOutbox } from './record-outbox';
import { fromContactRecord, useRecordStore } from './record-store';
import { SaveConflicts } from './SaveConflicts';
import { SaveStatusBadge } from './SaveStatusBadge';

const note = (id: string, text: string): Notes[number] => ({ id, atSec: 30, text, edited: false });
const theirs = [note('a', '来电者说在家里')];
const mine = [note('b', '来电者说在江边桥上')];

/** A record both tabs loaded at notes revision 2; the other tab has since stored its notes as revision 3. */
function twoTabs(): string {
  signInAs('counsellor1');
  const id = seedMockContact({ notes: theirs, notesRevision: 3 });
  const stored = mockData.contacts.get(id);
  if (!stored) throw new Error('seeded record missing');
  const { callerNumber: _number, ...record } = stored;
  useRecordStore.getState().openRecord({ ...fromContactRecord(record), notes: [], notesRevision: 2 });
  return id;
}

async function conflictShown(name = '此记录的笔记已被他人另行保存', edit = () => useRecordStore.getState().updateNotes(mine)) {
  const { user } = renderWithApp(
    <>
      <SaveStatusBadge />
      <SaveConflicts />
    </>,
  );
  edit();
  const panel = await screen.findByRole('alert', { name });
  // Both texts and the choice appear once the stored version has been fetched.
  await within(panel).findAllByRole('button');
  return { user, panel };
}

afterEach(async () => {
  await clearRecordOutbox();
});

describe('SaveConflicts', () => {
  it('keeps the counsellor’s text when another tab saved the same revision, and shows both', async () => {
    const id = twoTabs();
    const { panel } = await conflictShown();
    expect(within(panel).getByRole('list', { name: '我的版本' })).toHaveTextContent('来电者说在江边桥上');
    expect(within(panel).getByRole('list', { name: '已保存的版本' })).toHaveTextContent('来电者说在家里');
    expect(screen.getByRole('status')).toHaveTextContent('未保存：此记录已被他人另行保存，请选择保留哪个版本');
    expect(useRecordStore.getState().open?.notes).toEqual(mine);
    expect(mockData.contacts.get(id)?.notes).toEqual(theirs);
  });

  it('“keep mine” saves the counsellor’s text on top of the stored revision', async () => {
    const id = twoTabs();
    const { panel, user } = await conflictShown();
    await user.click(within(panel).getByRole('button', { name: '保留我的' }));
    await waitFor(() => expect(mockData.contacts.get(id)).toMatchObject({ notes: mine, notesRevision: 4 }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('“use the saved version” replaces the counsellor’s text with the stored one', async () => {
    const id = twoTabs();
    const { panel, user } = await conflictShown();
    await user.click(within(panel).getByRole('button', { name: '采用已保存的版本' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(useRecordStore.getState().open).toMatchObject({ notes: theirs, notesRevision: 3 });
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(mockData.contacts.get(id)).toMatchObject({ notes: theirs, notesRevision: 3 });
  });

  it('shows where two versions of the form differ, in English too', async () => {
    await setLanguage('en');
    const id = twoTabs();
    const stored = mockData.contacts.get(id);
    if (!stored) throw new Error('seeded record missing');
    const base = stored.intake;
    stored.intake = { ...base, imminent: { ...base.imminent, location: 'At home' } };
    stored.intakeRevision = 5;
    const open = useRecordStore.getState().open;
    if (!open) throw new Error('no open record');
    useRecordStore.getState().openRecord({ ...open, intakeRevision: 4 });
    const myIntake = { ...base, imminent: { ...base.imminent, location: 'On the river bridge' } };
    const { panel, user } = await conflictShown('Someone else saved the form of this record meanwhile', () =>
      useRecordStore.getState().updateIntake(myIntake),
    );
    expect(within(panel).getAllByText('Imminent')).toHaveLength(2);
    expect(within(panel).getByText('On the river bridge')).toBeInTheDocument();
    expect(within(panel).getByText('At home')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(mockData.contacts.get(id)).toMatchObject({ intake: myIntake, intakeRevision: 6 }));
  });
});

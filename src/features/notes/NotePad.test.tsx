import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Notes } from '../../contract';
import { renderWithApp, signInAs } from '../../test/render';
import { useIntakeCommands } from '../../lib/intake-commands';
import { NotePad } from './NotePad';

function renderPad(notes: Notes = [], answeredAt = Date.now() - 125_000) {
  signInAs('counsellor1');
  const onChange = vi.fn();
  const view = renderWithApp(<NotePad notes={notes} editable answeredAt={answeredAt} onChange={onChange} />);
  return { ...view, onChange, input: screen.getByLabelText('添加关键词') };
}

describe('NotePad', () => {
  it('adds an entry on Enter, stamped with the call clock', async () => {
    const { user, onChange, input } = renderPad();
    await user.type(input, '考试压力{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [notes] = onChange.mock.calls[0] as [Notes];
    expect(notes[0]).toMatchObject({ text: '考试压力', edited: false });
    expect(notes[0]?.atSec).toBeGreaterThanOrEqual(125);
    expect(input).toHaveValue('');
  });

  it('does not add an entry while a Chinese input method is composing', () => {
    const { onChange, input } = renderPad();
    fireEvent.input(input, { target: { value: 'xiang si' } });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('xiang si');
    fireEvent.input(input, { target: { value: '想死' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('highlights risk words and offers the matching steps', async () => {
    const apply = vi.fn();
    useIntakeCommands.getState().register({ applyStep: apply, recordHandoff: vi.fn(), current: vi.fn() });
    const { user } = renderPad([{ id: 'a', atSec: 61, text: '刚刚吞药了，在天台', edited: false }]);
    const entry = screen.getByRole('listitem');
    expect(entry.querySelectorAll('mark')).toHaveLength(2);
    expect(screen.getByText('01:01')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '“吞药”：可能正在实施，标记为紧急' }));
    expect(apply).toHaveBeenCalledWith('attemptInProgress', '吞药');
    await user.click(screen.getByRole('button', { name: '“天台”：填入手段' }));
    expect(apply).toHaveBeenCalledWith('means', '天台');
  });

  it('adds a quick chip from the API in the screen’s language', async () => {
    const { user, onChange } = renderPad();
    await user.click(await screen.findByRole('button', { name: '失眠' }));
    expect((onChange.mock.calls[0] as [Notes])[0][0]?.text).toBe('失眠');
  });

  it('refuses control characters with a clear message and keeps the text', async () => {
    const { onChange, input } = renderPad();
    fireEvent.input(input, { target: { value: '想\u0007死' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('控制字符');
    expect(input).toHaveValue('想\u0007死');
  });

  it('shows script tags as text, never as markup', () => {
    renderPad([{ id: 'x', atSec: 5, text: '<script>alert(1)</script>', edited: false }]);
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  it('lets an entry be corrected', async () => {
    const { user, onChange } = renderPad([{ id: 'x', atSec: 5, text: '失眠', edited: false }]);
    await user.click(screen.getByRole('button', { name: '修改' }));
    const field = screen.getByLabelText('修改这条记录');
    await user.clear(field);
    await user.type(field, '失眠两周{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect((onChange.mock.calls.at(-1) as [Notes])[0][0]).toMatchObject({ text: '失眠两周', edited: true, atSec: 5 });
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { startTheme } from '../lib/theme';
import { ThemeSwitch } from './ThemeSwitch';

/** A system colour setting the test can flip, as a desktop does at dusk. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    turn(next: boolean) {
      dark = next;
      for (const listener of listeners) listener();
    },
  };
}

const theme = () => document.documentElement.dataset.theme;
let stop: () => void = () => undefined;

beforeEach(() => {
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('ThemeSwitch', () => {
  it('follows the system by default, also when it changes mid-shift', () => {
    const system = fakeSystem(true);
    stop = startTheme();
    render(<ThemeSwitch />);
    expect(screen.getByRole('combobox', { name: '配色' })).toHaveDisplayValue('跟随系统');
    expect(theme()).toBe('dark');
    act(() => system.turn(false));
    expect(theme()).toBe('light');
  });

  it('applies a choice to the page at once and remembers it on this device', async () => {
    const system = fakeSystem(false);
    stop = startTheme();
    const user = userEvent.setup();
    const { unmount } = render(<ThemeSwitch />);
    await user.selectOptions(screen.getByRole('combobox', { name: '配色' }), '深色');
    expect(theme()).toBe('dark');
    // A chosen theme no longer follows the system.
    act(() => system.turn(false));
    expect(theme()).toBe('dark');

    unmount();
    stop();
    delete document.documentElement.dataset.theme;
    stop = startTheme();
    render(<ThemeSwitch />);
    expect(theme()).toBe('dark');
    expect(screen.getByRole('combobox', { name: '配色' })).toHaveDisplayValue('深色');
  });

  it('offers light, dark and the system setting in English too', async () => {
    fakeSystem(false);
    await setLanguage('en');
    render(<ThemeSwitch />);
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['System', 'Light', 'Dark']);
  });
});

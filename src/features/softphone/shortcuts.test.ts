import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './shortcuts';

const key = (code: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  code,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    [key('KeyA'), 'answer'],
    [key('KeyH'), 'hang-up'],
    [key('KeyM'), 'mute'],
    [key('KeyP'), 'hold'],
    [key('KeyB'), null],
    [key('KeyA', { altKey: false }), null],
    [key('KeyA', { ctrlKey: true }), null],
    [key('KeyA', { shiftKey: true }), null],
    [key('KeyA', { metaKey: true }), null],
    [key('KeyA', { isComposing: true }), null],
    [key('KeyA', { repeat: true }), null],
  ] as const)('%j → %s', (event, shortcut) => {
    expect(shortcutFor(event)).toBe(shortcut);
  });
});

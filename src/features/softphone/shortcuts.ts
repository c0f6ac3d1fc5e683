export type CallShortcut = 'answer' | 'hang-up' | 'mute' | 'hold';

/**
 * Alt + a letter, matched on the physical key so it works with any keyboard layout and while a
 * Chinese input method is on. These letters are not taken by Chromium or Edge on Windows or Linux.
 */
export const callShortcuts: Record<CallShortcut, { code: string; label: string }> = {
  answer: { code: 'KeyA', label: 'Alt+A' },
  'hang-up': { code: 'KeyH', label: 'Alt+H' },
  mute: { code: 'KeyM', label: 'Alt+M' },
  hold: { code: 'KeyP', label: 'Alt+P' },
};

export interface KeyLike {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
  isComposing?: boolean;
  repeat?: boolean;
}

export function shortcutFor(event: KeyLike): CallShortcut | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing || event.repeat) return null;
  const found = (Object.entries(callShortcuts) as Array<[CallShortcut, { code: string }]>).find(
    ([, shortcut]) => shortcut.code === event.code,
  );
  return found ? found[0] : null;
}

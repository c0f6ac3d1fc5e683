import type { ReactNode } from 'react';

const tones = {
  info: 'bg-sky-50 text-sky-900 ring-sky-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  error: 'bg-red-50 text-red-900 ring-red-300',
  success: 'bg-green-50 text-green-900 ring-green-300',
};

export function Alert({
  tone = 'info',
  children,
  live = 'polite',
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  live?: 'polite' | 'assertive' | 'off';
}) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} aria-live={live} className={`rounded-md px-3 py-2 text-sm ring-1 ${tones[tone]}`}>
      {children}
    </div>
  );
}

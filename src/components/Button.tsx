import type { ComponentPropsWithRef } from 'react';

type Tone = 'primary' | 'secondary' | 'danger' | 'success' | 'quiet';

const tones: Record<Tone, string> = {
  primary: 'bg-teal-700 text-white hover:bg-teal-800 focus-visible:outline-teal-700',
  secondary: 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-slate-500',
  danger: 'bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700',
  success: 'bg-green-700 text-white hover:bg-green-800 focus-visible:outline-green-700',
  quiet: 'bg-transparent text-teal-800 hover:bg-teal-50 focus-visible:outline-teal-700',
};

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  tone?: Tone;
  size?: 'md' | 'lg';
}

export function Button({ tone = 'primary', size = 'md', className = '', type = 'button', ...props }: ButtonProps) {
  const sizing = size === 'lg' ? 'px-5 py-3 text-lg' : 'px-3 py-2 text-sm';
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-2 rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 disabled:ring-1 disabled:ring-slate-200 ${sizing} ${tones[tone]} ${className}`}
      {...props}
    />
  );
}

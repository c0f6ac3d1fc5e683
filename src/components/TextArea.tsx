import type { ComponentPropsWithRef } from 'react';
import { Field } from './Field';

export interface TextAreaProps extends ComponentPropsWithRef<'textarea'> {
  label: string;
  error?: string;
  hint?: string;
}

export function TextArea({ label, error, hint, className, rows = 3, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 aria-[invalid=true]:border-red-600"
          {...textarea}
        />
      )}
    </Field>
  );
}

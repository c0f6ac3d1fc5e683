import type { ComponentPropsWithRef } from 'react';
import { Field } from './Field';

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  label: string;
  options: Array<{ value: string; label: string }>;
  error?: string;
}

export function SelectField({ label, options, error, className, ...select }: SelectFieldProps) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <select {...control} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm aria-[invalid=true]:border-red-600" {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

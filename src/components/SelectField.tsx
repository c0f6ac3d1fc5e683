import { useId, type ComponentPropsWithRef } from 'react';

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  label: string;
  options: Array<{ value: string; label: string }>;
  error?: string;
}

export function SelectField({ label, options, error, className = '', ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm aria-[invalid=true]:border-red-600"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

import { useId, type ComponentPropsWithRef } from 'react';

export function Checkbox({ label, className = '', ...input }: ComponentPropsWithRef<'input'> & { label: string }) {
  const id = useId();
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input id={id} type="checkbox" className="mt-0.5 h-4 w-4 accent-teal-700" {...input} />
      <label htmlFor={id} className="text-sm text-slate-800">
        {label}
      </label>
    </div>
  );
}

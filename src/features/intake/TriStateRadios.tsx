import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A screener question: yes, no, or not asked (the default; never read as "no"). */
export function TriStateRadios({ label, field, number }: { label: string; field: UseFormRegisterReturn; number: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-1.5 odd:bg-slate-50" aria-labelledby={`${id}-label`}>
      <span className="flex-1 text-sm text-slate-800">
        <span aria-hidden className="mr-1 font-mono text-slate-500">
          {number}
        </span>
        <span id={`${id}-label`}>{label}</span>
      </span>
      <span className="flex gap-3 text-sm">
        {(['yes', 'no', 'not-asked'] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="radio" value={value} className="accent-teal-700" {...field} />
            {t(`risk.answers.${value}`)}
          </label>
        ))}
      </span>
    </fieldset>
  );
}

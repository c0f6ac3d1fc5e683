import type { ReactNode } from 'react';

/** One part of the intake form: a landmark the section menu jumps to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1} className="scroll-mt-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0 focus:outline-none">
      <h3 id={`${id}-title`} className="mb-2 text-sm font-semibold text-teal-900">
        {title}
      </h3>
      <div className="flex flex-col gap-3">{children}</div>
    </section>
  );
}

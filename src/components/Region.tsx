import type { ReactNode } from 'react';

/** A named region of a screen; screen readers can jump between them by name. */
export function Region({
  title,
  children,
  className = '',
  actions,
  keyboardScroll = false,
}: {
  title: string;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
  /**
   * For content with nothing to focus (a table of figures) that may overflow: the body takes
   * the keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
   */
  keyboardScroll?: boolean;
}) {
  const id = `region-${title.replace(/\s+/g, '-')}`;
  return (
    <section aria-labelledby={id} className={`flex min-h-0 flex-col rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${className}`}>
      <header className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
        <h2 id={id} className="text-sm font-semibold text-slate-700">
          {title}
        </h2>
        {actions}
      </header>
      <div
        className="min-h-0 flex-1 overflow-auto p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-700"
        tabIndex={keyboardScroll ? 0 : undefined}
      >
        {children}
      </div>
    </section>
  );
}

/** What a region shows when it has nothing real to show: said plainly, never sample data. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-sm leading-relaxed text-slate-500">{children}</p>;
}

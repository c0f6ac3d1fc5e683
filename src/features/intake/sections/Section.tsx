import { createContext, useContext, type ReactNode } from 'react';
import type { SectionId } from '../sections';

/** The section on show; the others stay mounted (their fields keep registering) but hidden. */
export const ActiveSection = createContext<SectionId>('callType');

export const tabId = (section: SectionId) => `intake-tab-${section}`;
export const panelId = (section: SectionId) => `intake-panel-${section}`;

/** One part of the intake form: the panel of its tab in the section list. */
export function Section({ section, children }: { section: SectionId; children: ReactNode }) {
  const active = useContext(ActiveSection);
  return (
    <div
      role="tabpanel"
      id={panelId(section)}
      aria-labelledby={tabId(section)}
      hidden={active !== section}
      tabIndex={-1}
      className="flex flex-col gap-3 focus:outline-none"
    >
      {children}
    </div>
  );
}

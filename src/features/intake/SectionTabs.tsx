import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveSection, sectionMove, type SectionId } from './sections';
import { panelId, tabId } from './sections/Section';

/**
 * The form's sections as one row of tabs (never wrapping: it must stay one line above the risk
 * banner). One tab is in the Tab order; arrows, Home and End move along the row.
 */
export function SectionTabs({
  sections,
  active,
  flagged,
  onSelect,
}: {
  sections: SectionId[];
  active: SectionId;
  /** Sections that still hold something to fix before the record can be completed. */
  flagged: ReadonlySet<SectionId>;
  onSelect(section: SectionId): void;
}) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<SectionId, HTMLButtonElement>());
  const select = (section: SectionId) => {
    onSelect(section);
    tabs.current.get(section)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('intake.sectionMenu')}
      aria-keyshortcuts="Alt+PageDown Alt+PageUp Alt+R"
      title={t('intake.sectionKeys')}
      className="flex min-w-0 flex-nowrap overflow-x-auto whitespace-nowrap text-[13px]"
      onKeyDown={(event) => {
        const move = sectionMove(event.nativeEvent, true);
        if (!move || event.altKey) return;
        event.preventDefault();
        select(moveSection(sections, active, move));
      }}
    >
      {sections.map((section) => {
        const selected = section === active;
        const danger = section === 'imminent';
        return (
          <button
            key={section}
            ref={(node) => {
              if (node) tabs.current.set(section, node);
              else tabs.current.delete(section);
            }}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-controls={panelId(section)}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            data-section={section}
            className={`border-b-2 px-2 py-1 ${
              selected
                ? danger
                  ? 'border-red-700 font-semibold text-red-800'
                  : 'border-teal-700 font-semibold text-teal-900'
                : danger
                  ? 'border-transparent font-semibold text-red-800 hover:border-red-300'
                  : 'border-transparent text-slate-700 hover:border-slate-300'
            }`}
            onClick={() => select(section)}
          >
            {t(`intake.sections.${section}`)}
            {flagged.has(section) && (
              <>
                <span className="ml-0.5 text-red-700" aria-hidden>
                  •
                </span>
                <span className="sr-only">{t('intake.sectionNeedsWork')}</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}

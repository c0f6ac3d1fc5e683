import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { moveSection, sectionMove, shownSection, visibleSections, type SectionId } from './sections';
import { tabId } from './sections/Section';

/** A section opens at its top: the pane may still be scrolled down from the section before. */
function scrollPaneToTop(element: HTMLElement | null): void {
  for (let node = element?.parentElement; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight && /(auto|scroll)/.test(getComputedStyle(node).overflowY)) {
      node.scrollTop = 0;
      return;
    }
  }
}

/**
 * Which section of the form is on show, and how it changes: by the tabs, by the keyboard
 * shortcuts (anywhere on the screen), and by itself the moment the risk turns imminent.
 */
export function useSectionNav({
  imminent,
  nuisance,
  initiallyImminent,
  form,
}: {
  imminent: boolean;
  nuisance: boolean;
  initiallyImminent: boolean;
  form: RefObject<HTMLFormElement | null>;
}) {
  const sections = useMemo(() => visibleSections(imminent, nuisance), [imminent, nuisance]);
  const [chosen, setChosen] = useState<SectionId>(initiallyImminent ? 'imminent' : 'callType');
  const active = shownSection(sections, chosen);
  const [flagged, setFlagged] = useState<ReadonlySet<SectionId>>(new Set());

  // The moment the risk turns imminent, the emergency fields are what the counsellor needs.
  const wasImminent = useRef(imminent);
  useEffect(() => {
    if (imminent && !wasImminent.current) setChosen('imminent');
    wasImminent.current = imminent;
  }, [imminent]);

  const shown = useRef(active);
  useEffect(() => {
    if (shown.current !== active) scrollPaneToTop(form.current);
    shown.current = active;
  }, [active, form]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const move = event.altKey ? sectionMove(event, false) : null;
      if (!move) return;
      event.preventDefault();
      const next = moveSection(sections, active, move);
      // From inside the form focus follows (the field it was in is now hidden); from the phone
      // or the note pad it stays where the counsellor is typing.
      const inForm = form.current?.contains(document.activeElement) ?? false;
      flushSync(() => setChosen(next));
      if (inForm) document.getElementById(tabId(next))?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sections, active, form]);

  return { sections, active, choose: setChosen, flagged, flag: setFlagged };
}

import { useEffect, useState } from 'react';

/** A palette colour (index.css) as the theme shown now draws it: canvas charts cannot use CSS variables. */
export const cssColour = (variable: string) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim() || 'gray';

/** The theme shown (light or dark); a chart re-renders when it switches, for its colours are read once per drawing. */
export function useThemeName(): string | undefined {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(document.documentElement.dataset.theme));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

/** The trainer's screens: the mock-call console, the scenario library, trainees, the caller simulator. */
const links = [
  { href: '/training', label: 'trainingLibrary.nav.console' },
  { href: '/training/scenarios', label: 'trainingLibrary.nav.scenarios' },
  { href: '/training/trainees', label: 'trainingLibrary.nav.trainees' },
  { href: '/simulator', label: 'trainingLibrary.nav.simulator' },
] as const;

export function TrainerNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('trainingLibrary.nav.label')}>
      <ul className="flex gap-4 text-sm">
        {links.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} aria-current={location === href ? 'page' : undefined} className="text-teal-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

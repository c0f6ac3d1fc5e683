import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';

const links = [
  { href: '/training', label: 'mockCall' },
  { href: '/training/scenarios', label: 'scenarios' },
  { href: '/training/trainees', label: 'trainees' },
  { href: '/simulator', label: 'simulator' },
] as const;

function NavLink({ href, label }: (typeof links)[number]) {
  const { t } = useTranslation();
  const [current] = useRoute(href);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="text-sm text-teal-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
      {t(`trainingConsole.nav.${label}`)}
    </Link>
  );
}

/** The trainer's screens, one link each, in the header of every one of them (messages: the training part). */
export function TrainerNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('trainingConsole.nav.label')} className="flex items-center gap-4">
      {links.map((link) => (
        <NavLink key={link.href} {...link} />
      ))}
    </nav>
  );
}

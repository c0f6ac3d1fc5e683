import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Role } from '../contract';
import { screens } from './screens';

/**
 * The screens of running a centre, as far as the role may open them: an admin runs the province,
 * a supervisor their own centre (and reaches their console from here).
 */
const links = [
  { href: screens.supervisor.path, label: 'adminNav.console', roles: ['supervisor'] },
  { href: '/admin/staff', label: 'adminNav.staff', roles: ['admin', 'supervisor'] },
  { href: '/admin/settings', label: 'adminNav.settings', roles: ['admin'] },
  { href: '/admin/audit', label: 'adminNav.audit', roles: ['admin', 'supervisor'] },
  { href: '/reports', label: 'adminNav.reports', roles: ['admin', 'supervisor'] },
  { href: screens.simulator.path, label: 'adminNav.simulator', roles: ['admin'] },
] as const satisfies readonly { href: string; label: string; roles: readonly Role[] }[];

export function AdminNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('adminNav.label')}>
      <ul className="flex flex-wrap gap-4 text-sm">
        {links
          .filter((link) => (link.roles as readonly Role[]).includes(role))
          .map(({ href, label }) => (
            <li key={href}>
              <Link
                href={href}
                aria-current={location === href || location.startsWith(`${href}/`) ? 'page' : undefined}
                className="text-teal-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
              >
                {t(label)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

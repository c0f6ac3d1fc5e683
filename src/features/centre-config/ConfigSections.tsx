import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CentreSettingsEditor } from './CentreSettingsEditor';
import { CentresEditor } from './CentresEditor';
import { InstitutionsEditor } from './InstitutionsEditor';
import { NoteChipsEditor } from './NoteChipsEditor';
import { TransferDirectoryEditor } from './TransferDirectoryEditor';

const sections = {
  directory: TransferDirectoryEditor,
  chips: NoteChipsEditor,
  centre: CentreSettingsEditor,
  institutions: InstitutionsEditor,
  centres: CentresEditor,
} as const;
export type ConfigSection = keyof typeof sections;
const names = Object.keys(sections) as ConfigSection[];

/** The configuration screens, one section at a time under `/admin/settings/<section>`; the directory first. */
export function ConfigSections({ section }: { section: string | undefined }) {
  const { t } = useTranslation();
  const current = names.find((name) => name === section) ?? 'directory';
  const Section = sections[current];
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('adminConfig.sectionsLabel')}>
        <ul className="flex flex-wrap gap-4 text-sm">
          {names.map((name) => (
            <li key={name}>
              <Link
                href={`/admin/settings/${name}`}
                aria-current={name === current ? 'page' : undefined}
                className="text-teal-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
              >
                {t(`adminConfig.sections.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section />
    </div>
  );
}

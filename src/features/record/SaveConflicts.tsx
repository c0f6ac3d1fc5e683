import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contactQuery } from '../../api';
import type { ContactRecord, Notes } from '../../contract';
import { Button } from '../../components';
import { intakeDifferences } from './conflict-diff';
import { useRecordStore, type ConflictPart, type OpenRecord } from './record-store';
import { useConflictWatch } from './use-conflict-watch';

function NotesVersion({ notes, label }: { notes: Notes; label: string }) {
  const { t } = useTranslation();
  return (
    <ul aria-label={label} className="list-disc pl-5">
      {notes.length === 0 && <li>{t('record.conflict.empty')}</li>}
      {notes.map((note) => (
        <li key={note.id}>{note.text}</li>
      ))}
    </ul>
  );
}

function IntakeVersion({ lines, label }: { lines: { section: string; values: string[] }[]; label: string }) {
  const { t } = useTranslation();
  return (
    <dl aria-label={label}>
      {lines.map(({ section, values }) => (
        <div key={section}>
          <dt className="font-medium">{t(`intake.sections.${section}` as 'intake.sections.caller')}</dt>
          {values.map((value, index) => (
            <dd key={index} className="pl-3">
              {value || t('record.conflict.empty')}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

/** One side of the choice: for the intake only the answers that differ, for notes the whole pad. */
function Version({ side, part, open, stored }: { side: 'mine' | 'stored'; part: ConflictPart; open: OpenRecord; stored: ContactRecord }) {
  const { t } = useTranslation();
  const label = t(`record.conflict.${side}`);
  if (part === 'notes') return <NotesVersion notes={side === 'mine' ? open.notes : stored.notes} label={label} />;
  const lines = intakeDifferences(open.intake, stored.intake).map((difference) => ({ section: difference.section, values: difference[side] }));
  return <IntakeVersion lines={lines} label={label} />;
}

/**
 * Another tab saved a part of this record from the same revision as this one: both texts side by
 * side, and the counsellor decides which stays. Nothing is dropped until they do.
 */
function PartConflict({ part, open }: { part: ConflictPart; open: OpenRecord }) {
  const { t } = useTranslation();
  const { keepMine, takeStored } = useRecordStore.getState();
  // Always asked afresh: the point is what the other tab stored, not what this one loaded.
  const { data: stored } = useQuery({ ...contactQuery(open.id), staleTime: 0, refetchOnMount: 'always' });
  const title = t('record.conflict.title', { part: t(`record.conflict.parts.${part}`) });
  return (
    <section aria-label={title} role="alert" className="flex flex-col gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300">
      <h3 className="font-semibold">{title}</h3>
      <p>{t('record.conflict.explain')}</p>
      {stored ? (
        <>
          <div className="grid grid-cols-2 gap-3">
            <div>
              <h4 className="font-medium">{t('record.conflict.mine')}</h4>
              <Version side="mine" part={part} open={open} stored={stored} />
            </div>
            <div>
              <h4 className="font-medium">{t('record.conflict.stored')}</h4>
              <Version side="stored" part={part} open={open} stored={stored} />
            </div>
          </div>
          <div className="flex gap-2">
            <Button onClick={() => keepMine(part, part === 'intake' ? stored.intakeRevision : stored.notesRevision)}>
              {t('record.conflict.keepMine')}
            </Button>
            <Button
              tone="secondary"
              onClick={() =>
                takeStored(
                  part === 'intake'
                    ? { part, value: stored.intake, revision: stored.intakeRevision }
                    : { part, value: stored.notes, revision: stored.notesRevision },
                )
              }
            >
              {t('record.conflict.takeStored')}
            </Button>
          </div>
        </>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </section>
  );
}

export function SaveConflicts() {
  const open = useRecordStore((state) => state.open);
  const conflicts = useRecordStore((state) => state.conflicts);
  useConflictWatch(open?.id ?? null);
  if (!open) return null;
  const parts = (['intake', 'notes'] as const).filter((part) => conflicts[part]);
  return parts.map((part) => <PartConflict key={part} part={part} open={open} />);
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Region, apiErrorMessage } from '../../components';
import { TransferDirectory, type TransferTarget } from '../../contract';
import { emergencyChanges, type EmergencyChange } from '../../contract/transfer-emergency';
import { useDirectory, useSaveDirectory } from './config-api';
import { DirectoryRow } from './DirectoryRow';
import { EmergencyConfirm } from './EmergencyConfirm';
import { configErrorMap } from './error-map';
import { showServerIssues } from './server-issues';

const blankEntry: TransferTarget = { id: '', kind: 'hotline', nameZh: '', nameEn: '', number: '', emergency: false };

function DirectoryForm({ saved }: { saved: TransferTarget[] }) {
  const { t } = useTranslation();
  const save = useSaveDirectory();
  const form = useForm<TransferDirectory>({ resolver: zodResolver(TransferDirectory, { error: configErrorMap }), defaultValues: { targets: saved } });
  // The entries carry an `id` of their own, which the field array must not overwrite.
  const entries = useFieldArray({ control: form.control, name: 'targets', keyName: 'key' });
  // What the API holds now: after a save, its answer (the directory is read again only later).
  const [base, setBase] = useState(saved);
  const [pending, setPending] = useState<{ targets: TransferTarget[]; changes: EmergencyChange[] } | null>(null);
  const [done, setDone] = useState(false);

  const send = (targets: TransferTarget[], confirmEmergency: string[]) =>
    save.mutate(
      { targets, confirmEmergency },
      {
        onSuccess: (answer) => {
          setPending(null);
          setDone(true);
          setBase(answer.targets);
          form.reset({ targets: answer.targets });
        },
        onError: (error) => {
          setPending(null);
          showServerIssues(error, form.setError);
        },
      },
    );
  const submit = form.handleSubmit(({ targets }) => {
    setDone(false);
    const changes = emergencyChanges(base, targets);
    if (changes.length > 0) setPending({ targets, changes });
    else send(targets, []);
  });

  return (
    <FormProvider {...form}>
      <form noValidate aria-label={t('adminConfig.directory.title')} className="flex flex-col gap-3" onSubmit={submit}>
        <p className="text-sm text-slate-600">{t('adminConfig.directory.intro')}</p>
        <ol className="flex flex-col gap-3">
          {entries.fields.map((field, index) => (
            <DirectoryRow
              key={field.key}
              index={index}
              count={entries.fields.length}
              onMove={(to) => entries.move(index, to)}
              onRemove={() => entries.remove(index)}
            />
          ))}
        </ol>
        <div>
          <Button tone="secondary" onClick={() => entries.append(blankEntry)}>
            {t('adminConfig.directory.add')}
          </Button>
        </div>
        {pending ? (
          <EmergencyConfirm
            changes={pending.changes}
            before={base}
            after={pending.targets}
            saving={save.isPending}
            onConfirm={() => send(pending.targets, pending.changes.map((change) => change.id))}
            onBack={() => setPending(null)}
          />
        ) : (
          <div>
            <Button type="submit" disabled={save.isPending}>
              {t('adminConfig.save')}
            </Button>
          </div>
        )}
        {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
        {done && <Alert tone="success">{t('adminConfig.saved')}</Alert>}
      </form>
    </FormProvider>
  );
}

/** The one-click transfer directory every desk dials from; 110, 120 and 119 are guarded. */
export function TransferDirectoryEditor() {
  const { t } = useTranslation();
  const directory = useDirectory();
  // The supervisor's number is whoever is on duty when a desk reads it; the directory keeps it empty.
  const saved = directory.data?.targets.map(
    ({ available: _available, ...target }): TransferTarget => (target.kind === 'supervisor' ? { ...target, number: '' } : target),
  );
  return (
    <Region title={t('adminConfig.directory.title')}>
      {directory.isError && <Alert tone="error">{apiErrorMessage(t, directory.error)}</Alert>}
      {saved ? <DirectoryForm saved={saved} /> : !directory.isError && <p className="text-slate-500">{t('app.loading')}</p>}
    </Region>
  );
}

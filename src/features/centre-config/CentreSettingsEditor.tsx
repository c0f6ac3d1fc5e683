import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Region, SelectField, apiErrorMessage } from '../../components';
import { CentreSettings } from '../../contract';
import { useAdminCentres, useSaveSettings, useSettings } from './config-api';
import { configErrorMap } from './error-map';
import { OverflowField, SettingNumber } from './SettingFields';
import { showServerIssues } from './server-issues';
import { ShiftFields } from './ShiftFields';
import { fromForm, toForm, type SettingsForm } from './units';

const contractResolver = zodResolver(CentreSettings, { error: configErrorMap });
/** The contract checks the settings in seconds; its issues name the same fields the form shows. */
const resolver: Resolver<SettingsForm, unknown, CentreSettings> = (values, context, options) =>
  contractResolver(fromForm(values), context, options);

const groups = [
  ['wrapUp', ['wrapUpLimitSec', 'wrapUpExtensionSec', 'debriefBreakSec', 'breakResetsAfterSec']],
  ['fatigue', ['continuousTalkWarnSec', 'crisisCallsInRowWarn']],
  ['queue', ['queueLimitSec', 'overflowAfterSec', 'serviceLevelSec']],
  ['alerts', ['longCallAlertSec', 'rescueOpenAlertSec', 'followUpDueHours']],
  ['data', ['callerDataRetentionMonths']],
] as const;

function SettingsForm({ areaCode, saved, centres }: { areaCode: string; saved: CentreSettings; centres: { areaCode: string; name: string }[] }) {
  const { t } = useTranslation();
  const save = useSaveSettings(areaCode);
  const form = useForm<SettingsForm, unknown, CentreSettings>({ resolver, defaultValues: toForm(saved) });
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit((settings) => {
    setDone(false);
    save.mutate(settings, { onSuccess: () => setDone(true), onError: (error) => showServerIssues(error, form.setError) });
  });
  return (
    <FormProvider {...form}>
      <form noValidate aria-label={t('adminConfig.settings.formLabel', { centre: centres.find((c) => c.areaCode === areaCode)?.name ?? areaCode })} className="flex flex-col gap-4" onSubmit={submit}>
        <ShiftFields />
        {groups.map(([group, fields]) => (
          <fieldset key={group} className="grid grid-cols-1 gap-3 md:grid-cols-3">
            <legend className="mb-1 font-semibold text-slate-800">{t(`adminConfig.settings.groups.${group}`)}</legend>
            {fields.map((field) => (
              <SettingNumber key={field} field={field} />
            ))}
            {group === 'queue' && (
              <>
                <Checkbox label={t('adminConfig.settings.fields.recentRiskFirst')} {...form.register('recentRiskFirst')} />
                <Checkbox label={t('adminConfig.settings.fields.nuisanceLast')} {...form.register('nuisanceLast')} />
                <OverflowField areaCode={areaCode} centres={centres} />
              </>
            )}
            {group === 'data' && <Checkbox label={t('adminConfig.settings.fields.supervisorsManageStaff')} {...form.register('supervisorsManageStaff')} />}
          </fieldset>
        ))}
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('adminConfig.save')}
          </Button>
        </div>
        {save.isError && <Alert tone="error">{apiErrorMessage(t, save.error)}</Alert>}
        {done && <Alert tone="success">{t('adminConfig.saved')}</Alert>}
      </form>
    </FormProvider>
  );
}

/** Each centre's shifts, wrap-up, breaks, fatigue, queue and overflow, alerts, follow-ups and retention. */
export function CentreSettingsEditor() {
  const { t, i18n } = useTranslation();
  const centres = useAdminCentres();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = (centres.data?.centres ?? []).map((centre) => ({ areaCode: centre.areaCode, name: i18n.language.startsWith('en') ? centre.cityEn : centre.cityZh }));
  const areaCode = chosen ?? list[0]?.areaCode ?? null;
  const settings = useSettings(areaCode);
  return (
    <Region title={t('adminConfig.settings.title')}>
      {centres.isError && <Alert tone="error">{apiErrorMessage(t, centres.error)}</Alert>}
      {list.length > 0 && (
        <SelectField
          className="mb-4 max-w-sm"
          label={t('adminConfig.settings.centre')}
          value={areaCode ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          options={list.map((centre) => ({ value: centre.areaCode, label: `${centre.name}（${centre.areaCode}）` }))}
        />
      )}
      {settings.isError && <Alert tone="error">{apiErrorMessage(t, settings.error)}</Alert>}
      {areaCode && settings.data ? (
        <SettingsForm key={areaCode} areaCode={areaCode} saved={settings.data} centres={list} />
      ) : (
        !settings.isError && <p className="text-slate-500">{t('app.loading')}</p>
      )}
    </Region>
  );
}

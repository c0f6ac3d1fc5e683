import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, EmptyState, Region, apiErrorMessage } from '../../components';
import type { Scenario } from '../../contract/training';
import { useRetireScenario, useScenarios } from './library-api';
import { ScenarioForm } from './ScenarioForm';

/** Which scenario the form is open for: a new one, one being edited, or none. */
type Editing = { scenario: Scenario | null } | null;

function ScenarioRow({ scenario, onEdit }: { scenario: Scenario; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const retire = useRetireScenario();
  const retired = scenario.retiredAt !== null;
  // The library is written in Chinese first; an English title, where there is one, for English screens.
  const title = i18n.language === 'en' && scenario.titleEn ? scenario.titleEn : scenario.title;
  return (
    <tr className={retired ? 'text-slate-500' : undefined}>
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {title}
        {scenario.builtIn && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t('trainingLibrary.scenarios.builtIn')}</span>}
      </th>
      <td className="pr-3">{t(`intake.problems.${scenario.problem}.label`)}</td>
      <td className="pr-3">{t(`risk.levels.${scenario.expected.riskLevel}`)}</td>
      <td className="pr-3">{retired ? t('trainingLibrary.scenarios.retired') : t('trainingLibrary.scenarios.active')}</td>
      <td className="flex gap-2 py-1">
        <Button tone="secondary" onClick={onEdit} aria-label={`${t('trainingLibrary.scenarios.edit')}：${title}`}>
          {t('trainingLibrary.scenarios.edit')}
        </Button>
        <Button
          tone="quiet"
          disabled={retire.isPending}
          onClick={() => retire.mutate({ id: scenario.id, retired: !retired })}
          aria-label={`${t(retired ? 'trainingLibrary.scenarios.restore' : 'trainingLibrary.scenarios.retire')}：${title}`}
        >
          {t(retired ? 'trainingLibrary.scenarios.restore' : 'trainingLibrary.scenarios.retire')}
        </Button>
        {retire.isError && <Alert tone="error">{apiErrorMessage(t, retire.error)}</Alert>}
      </td>
    </tr>
  );
}

/** The trainers' scenario library: every scenario in use (retired ones on request), written and edited here. */
export function ScenarioLibrary() {
  const { t } = useTranslation();
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useScenarios(showRetired);

  if (editing) return <ScenarioForm scenario={editing.scenario} onDone={() => setEditing(null)} />;
  return (
    <Region
      title={t('trainingLibrary.title')}
      actions={
        <div className="flex items-center gap-4">
          <Checkbox label={t('trainingLibrary.scenarios.showRetired')} checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
          <Button onClick={() => setEditing({ scenario: null })}>{t('trainingLibrary.scenarios.add')}</Button>
        </div>
      }
    >
      {list.isPending && <p className="text-slate-500">{t('app.loading')}</p>}
      {list.isError && <Alert tone="error">{apiErrorMessage(t, list.error)}</Alert>}
      {list.data?.scenarios.length === 0 && <EmptyState>{t('trainingLibrary.scenarios.none')}</EmptyState>}
      {list.data && list.data.scenarios.length > 0 && (
        <table className="w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col">{t('trainingLibrary.scenarios.columns.title')}</th>
              <th scope="col">{t('trainingLibrary.scenarios.columns.problem')}</th>
              <th scope="col">{t('trainingLibrary.scenarios.columns.risk')}</th>
              <th scope="col">{t('trainingLibrary.scenarios.columns.state')}</th>
              <th scope="col">{t('trainingLibrary.scenarios.columns.actions')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.data.scenarios.map((scenario) => (
              <ScenarioRow key={scenario.id} scenario={scenario} onEdit={() => setEditing({ scenario })} />
            ))}
          </tbody>
        </table>
      )}
    </Region>
  );
}

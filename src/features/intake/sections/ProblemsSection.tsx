import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemCategories, type Intake, type Problem, type ProblemCategory } from '../../../contract';
import { translateValidation } from '../../../components';
import { Section } from './Section';

const categories = Object.keys(problemCategories) as ProblemCategory[];

export function ProblemsSection() {
  const { t } = useTranslation();
  const { control, setValue, formState } = useFormContext<Intake>();
  const problems = useWatch({ control, name: 'problems' });
  const set = (next: Problem[]) => setValue('problems', next, { shouldDirty: true, shouldValidate: true });
  const selected = (category: ProblemCategory) => problems.find((problem) => problem.category === category);

  return (
    <Section section="problems">
      <div className="grid grid-cols-1 gap-x-4 gap-y-1 md:grid-cols-2" role="group" aria-label={t('intake.sections.problems')}>
        {categories.map((category) => {
          const problem = selected(category);
          return (
            <div key={category} className="flex items-center gap-2 py-0.5">
              <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-teal-700"
                  checked={problem !== undefined}
                  onChange={(event) =>
                    set(event.target.checked ? [...problems, { category, detail: null }] : problems.filter((p) => p.category !== category))
                  }
                />
                {t(`intake.problems.${category}.label`)}
              </label>
              {problem && (
                <select
                  aria-label={t('intake.problemDetail', { category: t(`intake.problems.${category}.label`) })}
                  className="max-w-[45%] rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
                  value={problem.detail ?? ''}
                  onChange={(event) =>
                    set(problems.map((p) => (p.category === category ? { category, detail: event.target.value || null } : p)))
                  }
                >
                  <option value="">{t('intake.anyDetail')}</option>
                  {problemCategories[category].map((detail) => (
                    <option key={detail} value={detail}>
                      {t(`intake.problems.${category}.${detail}` as 'intake.anyDetail')}
                    </option>
                  ))}
                </select>
              )}
            </div>
          );
        })}
      </div>
      {formState.errors.problems && <p className="text-sm text-red-700">{translateValidation(t, formState.errors.problems.message)}</p>}
    </Section>
  );
}

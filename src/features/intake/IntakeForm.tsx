import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { beijingDate, completionProblems, effectiveRisk, Intake, isNuisanceCallType, triageRisk, type ValidationIssue } from '../../contract';
import { Alert, Button, apiErrorMessage, translateValidation } from '../../components';
import { useIntakeCommands, type IntakeStep } from '../../lib/intake-commands';
import { CallerSection } from './sections/CallerSection';
import { CallTypeSection } from './sections/CallTypeSection';
import { ImminentPanel } from './sections/ImminentPanel';
import { OutcomeSection } from './sections/OutcomeSection';
import { ProblemsSection } from './sections/ProblemsSection';
import { ReferralSection } from './sections/ReferralSection';
import { RiskLevelBanner, RiskSection } from './sections/RiskSection';
import { SummarySection } from './sections/SummarySection';
import { ActiveSection } from './sections/Section';
import { errorPaths, firstSectionWithProblem, sectionOfPath } from './sections';
import { useSectionNav } from './use-section-nav';
import { SectionTabs } from './SectionTabs';

/** Saves within about half a second of the last keystroke (the brief allows two). */
const AUTOSAVE_DELAY_MS = 400;

export interface IntakeFormProps {
  initial: Intake;
  editable: boolean;
  /** The caller's whole number while their call is on, to fill the call-back field in one click. */
  callerNumber: string | null;
  /** The keyword notes as summary lines, for "summary from notes". */
  notesSummary: string;
  onChange(intake: Intake): void;
  /** A change was typed and will be saved in a moment: the save status must not say "saved" yet. */
  onEditing?(): void;
  /**
   * Completes the record through the API; answers what is still missing, if anything. Without it
   * the form offers no completion (in wrap-up the phone's wrap-up choice does).
   */
  onComplete?(): Promise<{ completed: true } | { completed: false; issues: ValidationIssue[] }>;
  status?: ReactNode;
  /** The one-click 110 / 120 buttons, while the caller is on the line. */
  emergencyActions?: ReactNode;
  /** Beside the call type: what the counsellor may do about the caller (suggest the nuisance list). */
  callTypeActions?: ReactNode;
}

function isImminent(intake: Pick<Intake, 'screener' | 'lifeline' | 'riskOverride'>): boolean {
  const triage = triageRisk(intake.screener, intake.lifeline);
  return triage.level === 'imminent' || effectiveRisk(triage, intake.riskOverride) === 'imminent';
}

export function IntakeForm({
  initial,
  editable,
  callerNumber,
  notesSummary,
  onChange,
  onEditing,
  onComplete,
  status,
  emergencyActions,
  callTypeActions,
}: IntakeFormProps) {
  const { t } = useTranslation();
  const form = useForm<Intake>({ resolver: zodResolver(Intake), defaultValues: initial, mode: 'onChange', disabled: !editable });
  const [missing, setMissing] = useState<ValidationIssue[]>([]);
  const [completing, setCompleting] = useState(false);
  const [completionError, setCompletionError] = useState<unknown>(null);
  const [callType, screener, lifeline, riskOverride] = useWatch({
    control: form.control,
    name: ['callType', 'screener', 'lifeline', 'riskOverride'],
  });
  const imminent = isImminent({ screener, lifeline, riskOverride });
  const formRef = useRef<HTMLFormElement>(null);
  const [initiallyImminent] = useState(() => isImminent(initial));
  const { sections, active, choose, flagged, flag } = useSectionNav({
    imminent,
    nuisance: isNuisanceCallType(callType),
    initiallyImminent,
    form: formRef,
  });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onEditingRef = useRef(onEditing);
  onEditingRef.current = onEditing;
  const flushAutosave = useRef<() => void>(() => undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const saveNow = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      onChangeRef.current(form.getValues());
    };
    flushAutosave.current = () => {
      if (timer) saveNow();
    };
    let wasImminent = isImminent(form.getValues());
    const subscription = form.watch(() => {
      onEditingRef.current?.();
      if (timer) clearTimeout(timer);
      timer = setTimeout(saveNow, AUTOSAVE_DELAY_MS);
      // The save that makes the call imminent is what alerts the supervisors (within 2 s of the
      // click): it must not wait for the counsellor to stop typing the location.
      const imminentNow = isImminent(form.getValues());
      if (imminentNow && !wasImminent) saveNow();
      wasImminent = imminentNow;
    });
    // Leaving the page (reload, closed tab, another window) must not drop the last half-second
    // of typing: save as soon as the page is hidden, before it can be unloaded.
    const onPageHide = () => {
      if (timer) saveNow();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onPageHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onPageHide);
      if (timer) saveNow();
    };
  }, [form]);

  useEffect(
    () =>
      useIntakeCommands.getState().register({
        current: () => {
          flushAutosave.current();
          return form.getValues();
        },
        recordHandoff: (service) => {
          if (form.getValues('safety.emergencyHandoff')) return;
          form.setValue(
            'safety.emergencyHandoff',
            { service, at: new Date().toISOString(), outcome: 'pending', resolvedAt: null, note: '' },
            { shouldDirty: true, shouldValidate: true },
          );
        },
        applyStep: (step: IntakeStep, word: string) => {
          const options = { shouldDirty: true, shouldValidate: true };
          if (step === 'wishedDead') form.setValue('screener.wishedDead', 'yes', options);
          if (step === 'suicidalThoughts' || step === 'plan') form.setValue('screener.suicidalThoughts', 'yes', options);
          if (step === 'plan') form.setValue('screener.plan', 'yes', options);
          if (step === 'behaviour') form.setValue('screener.behaviour', 'yes', options);
          if (step === 'attemptInProgress') form.setValue('lifeline.intent.attemptInProgress', true, options);
          if (step === 'timeFrame') form.setValue('lifeline.intent.planWithTime', true, options);
          if (step === 'means') {
            form.setValue('lifeline.capability.meansAccess', true, options);
            const means = form.getValues('imminent.means');
            if (!means.includes(word)) form.setValue('imminent.means', means ? `${means}、${word}` : word, options);
          }
          // Shown, not focused: the counsellor goes on typing in the note pad.
          choose(step === 'means' && isImminent(form.getValues()) ? 'imminent' : 'risk');
        },
      }),
    [form, choose],
  );

  /** Marks the sections still needing work and opens the first of them at its first field. */
  const showProblems = (paths: string[]) => {
    flag(new Set(paths.map(sectionOfPath)));
    const first = firstSectionWithProblem(paths, sections);
    if (!first) return;
    flushSync(() => choose(first));
    const field = paths.find((path) => sectionOfPath(path) === first);
    if (field) form.setFocus(field as FieldPath<Intake>);
  };

  const complete = async () => {
    setCompletionError(null);
    if (!(await form.trigger())) {
      setMissing([{ path: [], message: 'intake.fixMarked' }]);
      showProblems(errorPaths(form.formState.errors));
      return;
    }
    const problems = completionProblems(form.getValues(), beijingDate(Date.now())).map((problem) => ({
      path: problem.path.split('.'),
      message: problem.message,
    }));
    const issues = problems.length > 0 ? problems : await submit();
    setMissing(issues);
    for (const issue of issues) {
      form.setError(issue.path.join('.') as FieldPath<Intake>, { type: 'completion', message: issue.message });
    }
    showProblems(issues.map((issue) => issue.path.join('.')));
  };

  const submit = async (): Promise<ValidationIssue[]> => {
    // The last keystrokes may still be waiting for the autosave pause: they belong in the record.
    flushAutosave.current();
    setCompleting(true);
    try {
      if (!onComplete) return [];
      const outcome = await onComplete();
      return outcome.completed ? [] : outcome.issues;
    } catch (error) {
      setCompletionError(error);
      return [];
    } finally {
      setCompleting(false);
    }
  };

  return (
    <FormProvider {...form}>
      <form ref={formRef} noValidate aria-label={t('workstation.regions.intake')} className="flex flex-col gap-3" onSubmit={(event) => event.preventDefault()}>
        <div className="sticky -top-4 z-10 -mx-4 -mt-4 flex flex-col gap-2 border-b border-slate-100 bg-white px-4 pb-2 pt-1">
          <SectionTabs sections={sections} active={active} flagged={flagged} onSelect={choose} />
          {/* The save status beside the banner, so that the tabs have the whole width to stay on one line. */}
          <div className="flex items-center justify-end gap-2">
            {!isNuisanceCallType(callType) && (
              <div className="min-w-0 flex-1">
                <RiskLevelBanner />
              </div>
            )}
            {status}
          </div>
        </div>
        <ActiveSection.Provider value={active}>
          <CallTypeSection />
          {callTypeActions}
          {isNuisanceCallType(callType) ? (
            <p className="text-sm text-slate-600">{t('intake.nuisanceHint')}</p>
          ) : (
            <>
              {imminent && <ImminentPanel callerNumber={callerNumber} emergencyActions={emergencyActions} />}
              <CallerSection />
              <ProblemsSection />
              <RiskSection />
              <ReferralSection />
              <OutcomeSection />
              <SummarySection notesSummary={notesSummary} />
            </>
          )}
        </ActiveSection.Provider>
        {missing.length > 0 && (
          <Alert tone="error">
            <strong className="block">{t('intake.missingTitle')}</strong>
            <ul className="list-disc pl-5">
              {missing.map((issue) => (
                <li key={`${issue.path.join('.')}:${issue.message}`}>{translateValidation(t, issue.message)}</li>
              ))}
            </ul>
          </Alert>
        )}
        {completionError !== null && <Alert tone="error">{apiErrorMessage(t, completionError)}</Alert>}
        {editable && onComplete && (
          <Button size="lg" disabled={completing} onClick={() => void complete()}>
            {t('intake.complete')}
          </Button>
        )}
      </form>
    </FormProvider>
  );
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { institutionsQuery, linesQuery, noteChipsQuery } from '../../src/api';
import { emptyIntake, emptyLifeline, type Intake } from '../../src/contract';
import { IntakeForm } from '../../src/features/intake';
import { initI18n } from '../../src/i18n';
import '../../src/index.css';

/**
 * Renders the full intake form (imminent panel open, every section shown) again and again in a
 * production build, timing each synchronous render-and-commit. The page reports to
 * window.__results; bench/form-render.bench.ts reads them.
 */
const RUNS = 40;

function fullIntake(): Intake {
  const intake = emptyIntake('0591');
  return {
    ...intake,
    problems: [
      { category: 'study', detail: 'exam-stress' },
      { category: 'self-harm', detail: 'attempt' },
    ],
    screener: { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes', intent: 'yes', plan: 'yes', behaviour: 'yes' },
    lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
    caller: { ...intake.caller, callingFor: 'someone-else', relationship: '母亲' },
    safety: { ...intake.safety, safetyPlan: true },
    followUp: { needed: true, date: '2026-11-23', by: '夜班' },
  };
}

async function run() {
  await initI18n('zh-CN');
  const client = new QueryClient();
  client.setQueryData(linesQuery.queryKey, {
    provinceZh: '福建省',
    provinceEn: 'Fujian',
    centres: [{ areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', provinceZh: '福建省', provinceEn: 'Fujian' }],
  });
  client.setQueryData(institutionsQuery.queryKey, { institutions: [] });
  client.setQueryData(noteChipsQuery.queryKey, { chips: [] });
  const intake = fullIntake();
  const times: number[] = [];
  let fields = 0;
  for (let run = 0; run < RUNS; run++) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const start = performance.now();
    flushSync(() =>
      root.render(
        <QueryClientProvider client={client}>
          <IntakeForm
            initial={intake}
            editable
            callerNumber="13800138000"
            notesSummary=""
            onChange={() => undefined}
            onComplete={async () => ({ completed: true })}
          />
        </QueryClientProvider>,
      ),
    );
    times.push(performance.now() - start);
    fields = host.querySelectorAll('input, select, textarea').length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    root.unmount();
    host.remove();
  }
  (window as unknown as { __results: { times: number[]; fields: number } }).__results = { times, fields };
}

void run();

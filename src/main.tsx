import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api';
import { App } from './app/App';
import { initI18n } from './i18n';
import { startTheme } from './lib/theme';
import { createSipTelephony, FakeTelephony } from './telephony';
import './index.css';

async function start() {
  startTheme();
  await initI18n();
  // `npm run dev:mock`: the whole SPA against the msw handlers and a phone without a PBX.
  const mocked = import.meta.env.MODE === 'mock';
  if (mocked) {
    const { mockWorker } = await import('./mocks/browser');
    await mockWorker.start({ onUnhandledRequest: 'bypass' });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App
        queryClient={createQueryClient()}
        createTelephony={mocked ? async () => new FakeTelephony() : createSipTelephony}
      />
    </StrictMode>,
  );
}

void start();

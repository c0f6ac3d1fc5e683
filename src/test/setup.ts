import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { initI18n, loadFormMessages, setLanguage } from '../i18n';
import { resetMockData } from '../mocks';
import { mockServer } from '../mocks/node';
import { resetZustandStores } from './zustand-reset';

// The recording stand-ins in __mocks__/ (zustand's documented test set-up), for both entry points.
vi.mock('zustand');
vi.mock('zustand/vanilla');

// findBy… waits for what the user would see; on a loaded 2-core CI machine an API answer through
// msw and a React render can take over the default second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  // Loads English too, so a test can switch language without waiting for the lazy bundle.
  await initI18n('en');
  await loadFormMessages();
});

beforeEach(async () => {
  resetMockData();
  await setLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
  // After unmounting, so no component renders the reset state; before clearing localStorage,
  // where a persisted store writes its reset state.
  resetZustandStores();
  mockServer.resetHandlers();
  localStorage.clear();
});

// Test files share a worker and its jsdom (vitest.config.ts: isolate false, a jsdom and the
// libraries cost 2-5 s a file). Whatever a file leaves is cleared, so the next one starts as in a
// worker of its own: the repository's modules evaluated afresh (their state, such as the live
// stream or the outbox, and the hooks a shared fixture registers on import), no stubbed globals,
// mocks or fake timers, and an empty page, address, storage and IndexedDB.
afterAll(() => {
  mockServer.close();
  vi.resetModules();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  document.title = '';
  history.replaceState(null, '', '/');
  sessionStorage.clear();
  globalThis.indexedDB = new IDBFactory();
});

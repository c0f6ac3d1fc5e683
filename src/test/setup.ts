import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { initI18n, setLanguage } from '../i18n';
import { resetMockData } from '../mocks';
import { mockServer } from '../mocks/node';

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  // Loads English too, so a test can switch language without waiting for the lazy bundle.
  await initI18n('en');
});

beforeEach(async () => {
  resetMockData();
  await setLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  localStorage.clear();
});

afterAll(() => mockServer.close());

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { mockData } from '../mocks';
import { FakeTelephony, TelephonyProvider } from '../telephony';

export function signInAs(username: string): void {
  const member = mockData.staff.find((candidate) => candidate.username === username);
  if (!member) throw new Error(`no mock staff ${username}`);
  mockData.signedIn = member;
}

/** Renders a piece of the SPA as the app would: query cache, a phone, and a router. */
export function renderWithApp(ui: ReactElement, { telephony = new FakeTelephony(), path = '/' } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <Router hook={location.hook}>
        <TelephonyProvider telephony={telephony}>{ui}</TelephonyProvider>
      </Router>
    </QueryClientProvider>,
  );
  return { ...result, user, telephony, queryClient, location };
}

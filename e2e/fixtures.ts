import { chromium, test as base, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { demoAccounts } from '../server/seed';
import { Simulator } from './pages/simulator';
import { Workstation } from './pages/workstation';
import { probeScript } from './support/media-probe';
import { startServices, type Services } from './support/services';
import { toneFile } from './support/tones';

export function passwordOf(username: string): string {
  const account = demoAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

/** A party whose microphone plays a steady tone of this pitch (its own browser). */
export interface Voice {
  tone?: number;
}

export interface Phones {
  /** A counsellor signed in on the workstation, phone registered. */
  counsellor(username?: string, voice?: Voice): Promise<Workstation>;
  /** A trainer's simulator as a pretend caller, connected to the PBX. */
  caller(voice?: Voice): Promise<Simulator>;
  /** A trainer's simulator registered as a service number (110, 120 …). */
  service(number: string, voice?: Voice): Promise<Simulator>;
  /** A fresh, signed-out browser window. */
  blankContext(): Promise<BrowserContext>;
}

async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    permissions: ['microphone'],
  });
  await context.addInitScript(probeScript);
  return context;
}

async function signIn(context: BrowserContext, username: string): Promise<void> {
  const response = await context.request.post('/api/session', { data: { username, password: passwordOf(username) } });
  if (!response.ok()) throw new Error(`sign-in of ${username} failed: ${response.status()}`);
}

export const test = base.extend<{ phones: Phones }, { services: Services }>({
  services: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const services = await startServices();
      await use(services);
      await services.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ services }, use) => {
    await use(services.baseUrl);
  },
  phones: async ({ browser, services }, use) => {
    const contexts: BrowserContext[] = [];
    const extraBrowsers: Browser[] = [];
    const open = async (voice: Voice = {}) => {
      let owner = browser;
      if (voice.tone) {
        owner = await chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', ...chromiumArgs, `--use-file-for-fake-audio-capture=${toneFile(voice.tone)}`],
        });
        extraBrowsers.push(owner);
      }
      const context = await phoneContext(owner, services.baseUrl);
      contexts.push(context);
      return context;
    };
    await use({
      counsellor: async (username = 'counsellor1', voice) => {
        const context = await open(voice);
        await signIn(context, username);
        // Only a clocked-in, available seat is offered calls.
        const clockIn = await context.request.post('/api/shift/clock-in');
        if (!clockIn.ok()) throw new Error(`clock-in of ${username} failed: ${clockIn.status()}`);
        const workstation = new Workstation(await context.newPage());
        await workstation.open();
        await workstation.expectReady();
        return workstation;
      },
      caller: async (voice) => {
        const context = await open(voice);
        await signIn(context, 'trainer1');
        const simulator = new Simulator(await context.newPage());
        await simulator.open();
        await simulator.expectReady();
        return simulator;
      },
      service: async (number, voice) => {
        const context = await open(voice);
        await signIn(context, 'trainer1');
        const simulator = new Simulator(await context.newPage());
        await simulator.open();
        await simulator.registerAs(number);
        return simulator;
      },
      blankContext: () => open(),
    });
    // Clock out and sign out everyone, so no seat stays on offer to the next test's callers and
    // each test's shift counters start from nothing.
    for (const context of contexts) {
      await context.request.post('/api/shift/clock-out', { data: { handoverNote: '' } }).catch(() => undefined);
      await context.request.delete('/api/session').catch(() => undefined);
      await context.close();
    }
    for (const extra of extraBrowsers) await extra.close();
  },
});

export { expect } from '@playwright/test';

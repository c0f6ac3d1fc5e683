import { chromium, expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { demoAccounts } from '../server/seed';
import { Simulator } from './pages/simulator';
import { SupervisorConsole } from './pages/supervisor';
import { TrainingConsole } from './pages/training';
import { Workstation } from './pages/workstation';
import { axeInEveryView } from './support/axe';
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
  /** A supervisor on the console (督导台), its phone speaking with `voice`. */
  supervisor(username?: string, voice?: Voice): Promise<SupervisorConsole>;
  /** A trainer on the training console (培训台), its phone registered as the practice target. */
  trainer(voice?: Voice): Promise<TrainingConsole>;
  /** A fresh, signed-out browser window. */
  blankContext(): Promise<BrowserContext>;
  /**
   * The prelude of most call tests: a counsellor on duty, a caller dialling the line from
   * `callerNumber`, the counsellor's phone ringing, answered, and both ends connected.
   */
  answeredCall(callerNumber: string, options?: AnsweredCallOptions): Promise<{ counsellor: Workstation; caller: Simulator }>;
  /** Every console message and page error of the pages these phones opened, so far. */
  consoleMessages(): string[];
}

export interface AnsweredCallOptions {
  areaCode?: string;
  counsellor?: string;
  counsellorVoice?: Voice;
  callerVoice?: Voice;
}

/** Full caller numbers (not 110, 120 …) found in `text`. */
export function callerNumbersIn(text: string, numbers: string[]): string[] {
  return numbers.filter((number) => number.length >= 7 && text.includes(number));
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

/**
 * axe-core, injected into a page: checks the screen as it is now in both themes and both
 * languages. A violation fails the test (softly, so every screen of the test is still checked)
 * with one readable line per element.
 */
export type Axe = (page: Page, screen: string, within?: string) => Promise<void>;

async function handOverUnfinished(context: BrowserContext): Promise<void> {
  const listed = await context.request.get('/api/contacts?status=draft&limit=200');
  if (!listed.ok()) return;
  const { contacts } = (await listed.json()) as { contacts: { id: string; riskLevel: string }[] };
  for (const record of contacts.filter((contact) => contact.riskLevel === 'high' || contact.riskLevel === 'imminent')) {
    await context.request.post(`/api/contacts/${record.id}/handover`, { data: { reason: '测试结束，交督导跟进' } });
  }
}

export const test = base.extend<{ phones: Phones; axe: Axe }, { services: Services }>({
  // eslint-disable-next-line no-empty-pattern
  axe: async ({}, use) => {
    await use(async (page, screen, within) => {
      const violations = await axeInEveryView(page, screen, within);
      expect.soft(violations, `axe-core violations on ${screen}:\n${violations.join('\n')}`).toEqual([]);
    });
  },
  services: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const services = await startServices();
      await use(services);
      await services.close();
    },
    // Starting the API compiles the server; on a loaded machine that is most of a minute.
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ services }, use) => {
    await use(services.baseUrl);
  },
  phones: async ({ browser, services }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const extraBrowsers: Browser[] = [];
    const simulators: Simulator[] = [];
    const counsellorContexts: BrowserContext[] = [];
    const consoleMessages: string[] = [];
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
      context.on('page', (page) => {
        page.on('console', (message) => consoleMessages.push(message.text()));
        page.on('pageerror', (error) => consoleMessages.push(String(error)));
      });
      return context;
    };
    const phones: Phones = {
      counsellor: async (username = 'counsellor1', voice) => {
        const context = await open(voice);
        await signIn(context, username);
        counsellorContexts.push(context);
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
        simulators.push(simulator);
        await simulator.open();
        await simulator.expectReady();
        return simulator;
      },
      service: async (number, voice) => {
        const context = await open(voice);
        await signIn(context, 'trainer1');
        const simulator = new Simulator(await context.newPage());
        simulators.push(simulator);
        await simulator.open();
        await simulator.registerAs(number);
        return simulator;
      },
      supervisor: async (username = 'supervisor1', voice) => {
        const context = await open(voice);
        await signIn(context, username);
        const board = new SupervisorConsole(await context.newPage());
        await board.open();
        return board;
      },
      trainer: async (voice) => {
        const context = await open(voice);
        await signIn(context, 'trainer1');
        const training = new TrainingConsole(await context.newPage());
        await training.open();
        await training.expectReady();
        return training;
      },
      blankContext: () => open(),
      answeredCall: async (callerNumber, options = {}) => {
        const counsellor = await phones.counsellor(options.counsellor, options.counsellorVoice);
        const caller = await phones.caller(options.callerVoice);
        await caller.dialHotline(callerNumber, options.areaCode);
        await expect(counsellor.incoming).toBeVisible();
        await counsellor.answer();
        await expect(caller.call).toHaveAttribute('data-call-phase', 'active');
        return { counsellor, caller };
      },
      consoleMessages: () => consoleMessages.slice(),
    };
    await use(phones);
    // Clock out and sign out everyone, so no seat stays on offer to the next test's callers and
    // each test's shift counters start from nothing.
    // The product keeps a counsellor with an unfinished high-risk record from the next call; the
    // accounts are shared by every test, so hand such a record to a supervisor, as one would.
    for (const context of counsellorContexts) await handOverUnfinished(context).catch(() => undefined);
    for (const context of contexts) {
      await context.request.post('/api/shift/clock-out', { data: { handoverNote: '' } }).catch(() => undefined);
      await context.request.delete('/api/session').catch(() => undefined);
      await context.close();
    }
    for (const extra of extraBrowsers) await extra.close();

    // No caller's number in any browser console, nor in anything the API and the PBX wrote
    // (design: no personal data in logs). Each test dials from numbers of its own.
    const numbers = [...new Set(simulators.flatMap((simulator) => simulator.callerNumbers))];
    if (testInfo.status === 'passed') {
      expect(callerNumbersIn(consoleMessages.join('\n'), numbers), 'caller numbers in a browser console').toEqual([]);
      expect(callerNumbersIn(services.output(), numbers), 'caller numbers in the API or PBX output').toEqual([]);
    }
  },
});

export { expect } from '@playwright/test';

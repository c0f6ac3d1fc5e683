import { expect, type Locator } from '@playwright/test';
import type { TrainingGrant } from '../../src/contract/training';
import { PhoneScreen } from './phone';

/** The trainer's console (培训台): a mock call on a trainee's seat, its script and the trainee's record live. */
export class TrainingConsole extends PhoneScreen {
  async open(): Promise<void> {
    await this.page.goto('/training');
  }

  /** Picks the trainee and the scenario and calls the trainee's seat; answers the grant the API gave. */
  async startMockCall(trainee: RegExp, scenario: RegExp): Promise<TrainingGrant> {
    await this.expectReady();
    const traineeSelect = this.page.getByLabel('学员', { exact: true });
    await traineeSelect.selectOption((await traineeSelect.locator('option').filter({ hasText: trainee }).first().getAttribute('value')) ?? '');
    const scenarioSelect = this.page.getByLabel('情景案例', { exact: true });
    await scenarioSelect.selectOption((await scenarioSelect.locator('option').filter({ hasText: scenario }).first().getAttribute('value')) ?? '');
    const granted = this.page.waitForResponse((response) => response.url().endsWith('/api/training/calls') && response.request().method() === 'POST');
    await this.page.getByRole('button', { name: '拨打学员座席' }).click();
    const response = await granted;
    expect(response.status()).toBe(201);
    return (await response.json()) as TrainingGrant;
  }

  get script(): Locator {
    return this.page.getByRole('region', { name: '情景脚本' });
  }

  /** The trainee's training record as they fill it in. */
  get record(): Locator {
    return this.page.getByRole('region', { name: '学员的记录（实时）' });
  }

  /** A practice transfer from the trainee ringing or answered on the console. */
  get practice(): Locator {
    return this.page.getByRole('region', { name: '演练转接' });
  }

  async answerPractice(): Promise<void> {
    await this.practice.getByRole('button', { name: '接听' }).click();
    await expect(this.practice).toContainText('已接听');
  }

  async hangUpPractice(): Promise<void> {
    await this.practice.getByRole('button', { name: '挂断' }).click();
    await expect(this.practice).toHaveCount(0);
  }

  /** Ends the mock call; the console opens its rubric. */
  async endMockCall(id: string): Promise<void> {
    await this.page.getByRole('button', { name: '结束模拟来电' }).click();
    await expect(this.page).toHaveURL(new RegExp(`/training/calls/${id}$`));
  }
}

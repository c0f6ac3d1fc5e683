import { expect, type Page } from '@playwright/test';
import { PhoneScreen } from './phone';

/** The counsellor's screen. */
export class Workstation extends PhoneScreen {
  constructor(page: Page) {
    super(page, page.getByRole('region', { name: '电话' }));
  }

  async open(): Promise<void> {
    await this.page.goto('/workstation');
  }

  async finishWrapUp(): Promise<void> {
    await this.page.getByRole('button', { name: '结束整理' }).click();
    await expect(this.page.getByRole('form', { name: '拨出电话' })).toBeVisible();
  }

  async dial(number: string): Promise<void> {
    await this.page.getByLabel('电话号码').fill(number);
    await this.page.getByRole('button', { name: '拨打', exact: true }).click();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { audioArrivingOver, audioCounters } from '../support/media-probe';

/**
 * What every phone screen has (the workstation's softphone, the simulator): its registration
 * line, the incoming-call alert, and the controls of the call in progress.
 */
export class PhoneScreen {
  constructor(readonly page: Page) {}

  get registration(): Locator {
    return this.page.locator('[data-registration]');
  }

  async expectReady(): Promise<void> {
    await expect(this.registration).toHaveAttribute('data-registration', 'registered', { timeout: 20_000 });
  }

  get incoming(): Locator {
    return this.page.getByRole('alertdialog', { name: '来电' });
  }

  get call(): Locator {
    return this.page.locator('[data-call-phase]').first();
  }

  async answer(): Promise<void> {
    await this.incoming.getByRole('button', { name: /接听/ }).click();
    await expect(this.call).toHaveAttribute('data-call-phase', 'active');
  }

  /** Declining takes two steps: ask, then confirm. */
  async decline(): Promise<void> {
    await this.incoming.getByRole('button', { name: /^拒接/ }).click();
    await this.incoming.getByRole('button', { name: /^确认拒接/ }).click();
    await expect(this.incoming).toHaveCount(0);
  }

  async hangUp(): Promise<void> {
    await this.page.getByRole('button', { name: /挂断/ }).click();
  }

  async toggleMute(): Promise<void> {
    await this.page.getByRole('button', { name: /静音/ }).click();
  }

  async hold(): Promise<void> {
    await this.page.getByRole('button', { name: /^保持/ }).click();
    await expect(this.call).toHaveAttribute('data-call-phase', 'held');
  }

  async resume(): Promise<void> {
    await this.page.getByRole('button', { name: /恢复通话/ }).click();
    await expect(this.call).toHaveAttribute('data-call-phase', 'active');
  }

  async pressKeys(keys: string): Promise<void> {
    await this.page.getByRole('button', { name: '拨号盘' }).click();
    const keypad = this.page.getByRole('group', { name: '拨号盘' });
    for (const key of keys) await keypad.getByRole('button', { name: key, exact: true }).click();
  }

  async expectNoCall(): Promise<void> {
    await expect(this.page.locator('[data-call-phase="active"], [data-call-phase="held"], [data-call-phase="connecting"]')).toHaveCount(0);
    await expect(this.incoming).toHaveCount(0);
  }

  audio() {
    return audioCounters(this.page);
  }

  audioArriving(ms?: number) {
    return audioArrivingOver(this.page, ms);
  }
}

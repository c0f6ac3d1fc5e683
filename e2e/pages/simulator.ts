import { expect } from '@playwright/test';
import { PhoneScreen } from './phone';

/** The caller simulator: a pretend caller, or a pretend 110 / 120 / hotline. */
export class Simulator extends PhoneScreen {
  /** Every caller's number this simulator dialled from or registered as: none may reach a log. */
  readonly callerNumbers: string[] = [];

  async open(): Promise<void> {
    await this.page.goto('/simulator');
  }

  /** Dials 12356, or `<areaCode>12356`, from `callerNumber`. */
  async dialHotline(callerNumber: string, areaCode?: string): Promise<void> {
    await this.expectReady();
    this.callerNumbers.push(callerNumber);
    await this.page.getByLabel('来电者号码').fill(callerNumber);
    await this.page.getByLabel('区号').selectOption(areaCode ?? '');
    await this.page.getByRole('button', { name: /^拨打/ }).click();
  }

  /** Registers as a listed service (110, 120 …) or as any other number (a caller's mobile). */
  async registerAs(number: string): Promise<void> {
    await this.page.getByLabel(/接听方/).check();
    const listed = await this.page.getByLabel('登记号码').locator(`option[value="${number}"]`).count();
    if (listed > 0) {
      await this.page.getByLabel('登记号码').selectOption(number);
    } else {
      this.callerNumbers.push(number);
      await this.page.getByLabel('登记号码').selectOption('other');
      await this.page.getByLabel('其他号码', { exact: true }).fill(number);
    }
    await this.page.getByRole('button', { name: '登记并等待来电' }).click();
    await expect(this.page.getByText(`已登记为 ${number}，等待来电`)).toBeVisible();
    await this.expectReady();
  }

  /** The caller's place in the hotline's queue, while the line holds the call. */
  get queued() {
    return this.page.getByRole('status').filter({ hasText: '排队中' });
  }

  get ended() {
    return this.page.getByRole('status').filter({ hasText: /挂断|忙|无人接听|无人值班|未开通|故障|未能接通|失败|拒绝/ });
  }
}

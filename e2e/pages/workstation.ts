import { expect } from '@playwright/test';
import { PhoneScreen } from './phone';

/** The counsellor's screen. */
export class Workstation extends PhoneScreen {
  async open(): Promise<void> {
    await this.page.goto('/workstation');
  }

  /**
   * Ends the wrap-up of a test call the only way there is: its record is completed. A test call
   * is recorded as a wrong number, which needs nothing else. The phone is then idle, or already
   * ringing: a caller waiting in the queue is released to the seat the moment it is free.
   */
  async finishWrapUp(): Promise<void> {
    await this.openSection('来电类型');
    await this.intake.getByRole('radio', { name: '打错电话' }).check();
    await this.completeRecord();
    await expect(this.page.getByRole('form', { name: '拨出电话' }).or(this.incoming).first()).toBeVisible();
  }

  /** Hands the record in wrap-up to a supervisor with a reason; the wrap-up ends. */
  async handOverToSupervisor(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: '交给督导…' }).click();
    await this.page.getByRole('textbox', { name: '交给督导的原因' }).fill(reason);
    await this.page.getByRole('button', { name: '确认交给督导' }).click();
    await expect(this.page.getByRole('form', { name: '拨出电话' })).toBeVisible();
  }

  /** The banner naming the supervisor on the call and the mode, for as long as they are on it. */
  get supervisionBanner() {
    // A status while the supervisor only listens or coaches; an alert once the caller hears them too.
    return this.page.getByRole('status').or(this.page.getByRole('alert')).filter({ hasText: /本通话/ });
  }

  get shift() {
    return this.page.getByRole('region', { name: '班次时钟' });
  }

  get seatStatus() {
    return this.page.locator('[data-seat-status]');
  }

  async expectSeat(status: 'available' | 'on-call' | 'wrap-up' | 'break' | 'offline'): Promise<void> {
    await expect(this.seatStatus).toHaveAttribute('data-seat-status', status);
  }

  get intake() {
    return this.page.getByRole('form', { name: '来电登记表' });
  }

  get notes() {
    return this.page.getByRole('list', { name: '本次通话的记录' });
  }

  get saveStatus() {
    return this.page.locator('[data-save-status]');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-status', 'saved', { timeout: 15_000 });
  }

  async addNote(text: string): Promise<void> {
    const input = this.page.getByLabel('添加关键词');
    await input.fill(text);
    await input.press('Enter');
    await expect(this.notes).toContainText(text);
  }

  /** Opens a section of the intake form by its tab (the form shows one section at a time). */
  async openSection(name: '紧急危险' | '来电类型' | '来电者' | '问题类别' | '自杀风险' | '转介' | '服务与结果' | '通话小结'): Promise<void> {
    const tab = this.intake.getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Answers one screener question (by its text) yes, no or not asked, on the risk screen. */
  async answerScreener(question: string, answer: '是' | '否' | '未问'): Promise<void> {
    await this.openSection('自杀风险');
    await this.intake.getByRole('group', { name: question }).getByRole('radio', { name: answer }).check();
  }

  async completeRecord(): Promise<void> {
    await this.page.getByRole('button', { name: '完成记录并结束整理' }).click();
  }

  get transferBar() {
    return this.page.getByRole('region', { name: '一键转接' });
  }

  /** Picks a directory entry and starts one kind of transfer with it. */
  async transfer(targetLabel: RegExp, how: '先沟通再转接' | '三方通话' | '直接转接'): Promise<void> {
    const select = this.transferBar.getByLabel('转接对象');
    const value = await select.locator('option').filter({ hasText: targetLabel }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await this.transferBar.getByRole('button', { name: how, exact: true }).click();
  }

  async transferAction(name: string | RegExp): Promise<void> {
    await this.transferBar.getByRole('button', { name }).click();
  }

  async dial(number: string): Promise<void> {
    await this.page.getByLabel('电话号码').fill(number);
    await this.page.getByRole('button', { name: '拨打', exact: true }).click();
  }
}

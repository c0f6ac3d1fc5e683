import { expect, type Page } from '@playwright/test';

/** The supervisor's record review (记录审阅): filters, the centre's records, one record read-only. */
export class RecordReview {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/review');
    await expect(this.list.getByRole('table').or(this.list.getByText('没有符合条件的记录。'))).toBeVisible();
  }

  get filters() {
    return this.page.getByRole('form', { name: '筛选条件' });
  }

  get list() {
    return this.page.getByRole('region', { name: '本中心来电记录' });
  }

  get record() {
    return this.page.getByRole('region', { name: '记录详情（只读）' });
  }

  async filter(choices: Record<string, string>, dates: { from?: string; to?: string } = {}): Promise<void> {
    for (const [label, option] of Object.entries(choices)) await this.filters.getByLabel(label, { exact: true }).selectOption({ label: option });
    if (dates.from) await this.filters.getByLabel('接听日期（起）').fill(dates.from);
    if (dates.to) await this.filters.getByLabel('接听日期（止）').fill(dates.to);
    await this.filters.getByRole('button', { name: '筛选' }).click();
    // The previous list stays on screen (busy) until the filtered one arrives.
    await expect(this.list.locator('[aria-busy="false"]')).toBeVisible();
  }

  /** A protocol step as the record's check lists it: its name, then 已完成 or 未完成. */
  protocolStep(name: string) {
    return this.record.getByRole('list', { name: '规程核查' }).getByRole('listitem').filter({ hasText: name });
  }
}

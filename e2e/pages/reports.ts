import { expect, type Page } from '@playwright/test';

/** The reports screen (统计报表): supervisors their centre's, admins any centre's or the province's. */
export class Reports {
  constructor(readonly page: Page) {}

  /** Today's report (the Beijing day) of the signed-in person's own scope, broken down by counsellor. */
  async openTodayByCounsellor(): Promise<void> {
    await this.page.goto('/reports?period=day&by=counsellor');
    await expect(this.counsellors).toBeVisible();
  }

  get counsellors() {
    return this.page.getByRole('region', { name: '按咨询员' });
  }

  /** How many calls a counsellor answered in the report, read from their row (0 when they have none). */
  async answeredBy(name: string): Promise<number> {
    const row = this.counsellors.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    if ((await row.count()) === 0) return 0;
    return Number(await row.getByRole('cell').first().textContent());
  }

  /** A figure of a group (e.g. 呼入与接听 / 接通量) as the screen shows it. */
  figure(group: string, label: string) {
    return this.page.getByRole('region', { name: group }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  }
}

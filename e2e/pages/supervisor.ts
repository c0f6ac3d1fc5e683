import { expect, type Page } from '@playwright/test';

type AlertKind = '紧急风险来电' | '咨询员求助';
type SupervisionMode = 'listen' | 'whisper' | 'barge';

const modeNames: Record<SupervisionMode, string> = { listen: '监听', whisper: '指导', barge: '介入' };

/** The supervisor's console (督导台): the seat board, the queue and the alerts of the centre. */
export class SupervisorConsole {
  constructor(readonly page: Page) {}

  /** Opens the console and waits for the event stream to be live, so nothing that follows is missed. */
  async open(): Promise<void> {
    await this.page.goto('/supervisor');
    await expect(this.page.getByText('实时更新中')).toBeVisible();
  }

  /** A counsellor's row on the seat board, named as the board names it: 张咨询员（8001）. */
  seat(name: string, extension: string) {
    const row = this.page.getByRole('region', { name: '坐席状态' }).getByRole('row', { name: `${name}（${extension}）` });
    return { row, risk: row.locator('[data-risk-level]') };
  }

  get alerts() {
    return this.page.getByRole('region', { name: '督导提醒' });
  }

  openAlert(kind: AlertKind) {
    return this.alerts.getByRole('list', { name: '待处理' }).getByRole('listitem', { name: kind });
  }

  acknowledgedAlert(kind: AlertKind) {
    return this.alerts.getByRole('list', { name: '已确认' }).getByRole('listitem', { name: kind });
  }

  /**
   * Acknowledges every alert still open: the tests share one centre, so earlier tests' crisis calls
   * leave alerts that would make this test's alert ambiguous.
   */
  async acknowledgeEveryOpenAlert(): Promise<void> {
    const buttons = this.alerts.getByRole('list', { name: '待处理' }).getByRole('button', { name: /^确认收到/ });
    for (let open = await buttons.count(); open > 0; open = await buttons.count()) {
      await buttons.first().click();
      await expect(buttons).toHaveCount(open - 1);
    }
  }

  async acknowledge(kind: AlertKind): Promise<void> {
    await this.openAlert(kind).getByRole('button', { name: /^确认收到/ }).click();
    // Newest first: earlier tests' acknowledged alerts of the same kind follow it.
    await expect(this.acknowledgedAlert(kind).first()).toContainText(/陈督导 于 \d{2}:\d{2} 确认/);
    await expect(this.openAlert(kind)).toHaveCount(0);
  }

  /** The supervision in progress (督导通话), shown above the alerts while there is one. */
  get supervision() {
    return this.page.getByRole('region', { name: '督导通话' });
  }

  /** One click on a live call's row, then waits until the counsellor's seat took the supervision call. */
  async listenTo(name: string, mode: SupervisionMode = 'listen'): Promise<void> {
    await this.page.getByRole('button', { name: `${modeNames[mode]} ${name}` }).click();
    await expect(this.supervision.getByText(`正在督导 ${name} 的通话`)).toBeVisible();
    await expect(this.supervision.getByText(`当前方式：${modeNames[mode]}`)).toBeVisible();
  }

  async switchMode(mode: SupervisionMode): Promise<void> {
    await this.supervision.getByRole('button', { name: `切换为${modeNames[mode]}` }).click();
    await expect(this.supervision.getByText(`当前方式：${modeNames[mode]}`)).toBeVisible();
  }

  async leave(): Promise<void> {
    await this.supervision.getByRole('button', { name: '退出督导' }).click();
    await expect(this.supervision.getByText(/您已退出对 .+ 的督导/)).toBeVisible();
  }
}

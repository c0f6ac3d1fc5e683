import { expect, passwordOf, test, type Phones } from './fixtures';
import { SupervisorConsole } from './pages/supervisor';

async function supervisorOnConsole(phones: Phones): Promise<SupervisorConsole> {
  const context = await phones.blankContext();
  const signIn = await context.request.post('/api/session', { data: { username: 'supervisor1', password: passwordOf('supervisor1') } });
  expect(signIn.ok()).toBe(true);
  const screen = new SupervisorConsole(await context.newPage());
  await screen.open();
  return screen;
}

/**
 * The supervisor's story of one crisis call, end to end (real Kamailio, API, Chromium): the board
 * follows the call from ringing to ended and its risk column follows the counsellor's C-SSRS
 * ticks; the imminent tick raises an alert the supervisor acknowledges; the counsellor's help
 * request reaches the console and its acknowledgement reaches the counsellor.
 */
test('the supervisor follows a crisis call on the board, acknowledges its imminent alert and a help request', async ({ phones }) => {
  const board = await supervisorOnConsole(phones);
  const counsellor = await phones.counsellor();
  const { row, risk } = board.seat('张咨询员', '8001');
  await expect(row).toContainText('可接听');
  await board.acknowledgeEveryOpenAlert();
  // The whole console, nuisance list included, fits a 1366×768 screen: the panels scroll, not the page.
  await expect(board.page.getByRole('region', { name: '骚扰号码名单' })).toBeVisible();
  expect(await board.page.evaluate(() => [document.documentElement.scrollHeight, innerWidth, innerHeight])).toEqual([768, 1366, 768]);

  const caller = await phones.caller();
  await caller.dialHotline('13900012356');
  await expect(counsellor.incoming).toBeVisible();
  await expect(row).toContainText('可接听');
  await counsellor.answer();
  await expect(row).toContainText('通话中');
  await expect(risk).toHaveAttribute('data-risk-level', 'none');
  // A live call can be listened in on from its row, and the console still fits.
  await expect(row.getByRole('group', { name: '督导 张咨询员 的通话' }).getByRole('button')).toHaveText(['监听', '指导', '介入']);
  expect(await board.page.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth])).toEqual([768, 1366]);

  await counsellor.answerScreener('是否真的有过自杀的想法？', '是');
  await counsellor.answerScreener('是否有过按这些想法去做的打算？', '是');
  await expect(risk).toHaveAttribute('data-risk-level', 'high');
  await expect(risk).toHaveText('高');
  await expect(board.openAlert('紧急风险来电')).toHaveCount(0);

  await counsellor.intake.getByLabel('正在实施（如已服药）').check();
  await expect(board.openAlert('紧急风险来电')).toContainText('张咨询员');
  await expect(risk).toHaveAttribute('data-risk-level', 'imminent');
  await board.acknowledge('紧急风险来电');

  const help = counsellor.page.getByRole('region', { name: '督导协助' });
  await help.getByLabel('求助原因（选填，一句话）').fill('来电者情绪激动，请督导旁听');
  await help.getByRole('button', { name: '请求督导协助' }).click();
  await expect(help.getByRole('status').filter({ hasText: '已发送，等待督导查看' })).toBeVisible();
  await expect(board.openAlert('咨询员求助')).toContainText('张咨询员 请求督导协助：来电者情绪激动，请督导旁听');
  await board.acknowledge('咨询员求助');
  await expect(help.getByRole('status').filter({ hasText: /^陈督导已查看 \(\d{2}:\d{2}\)$/ })).toBeVisible();

  await caller.hangUp();
  await expect(row).toContainText('话后整理');
  await expect(risk).toHaveCount(0);
});

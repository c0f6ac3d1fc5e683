import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const viewport = { width: 1366, height: 768 };

/** Wholly on screen as it is (nothing scrolled to reach it), and not clipped by its pane. */
async function expectWhollyInView(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, 'laid out').not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  await expect(locator).toBeInViewport({ ratio: 1 });
}

/** The risk turned imminent by the screen's "attempt in progress", as a counsellor would tick it. */
async function riskTurnsImminent(form: Locator, tabs: { risk: string; imminent: string }, attempt: string) {
  await form.getByRole('tab', { name: tabs.risk }).click();
  await form.getByLabel(attempt).check();
  await expect(form.getByRole('tab', { name: tabs.imminent })).toHaveAttribute('aria-selected', 'true');
}

/** Whether the text showing in a <select> fits its box (a select never scrolls, so measure the text). */
function selectTextFits(page: Page, select: Locator) {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return { text: '', width: Infinity, room: 0 };
    context.font = style.font;
    const text = element.selectedOptions[0]?.text ?? '';
    // The drop-down arrow takes about 20 px of the content box in Chromium.
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return { text, width: context.measureText(text).width, room };
  });
}

test.describe('the intake form in a live call at 1366×768', () => {
  test('when the risk turns imminent, the emergency fields and 110 / 120 are all on screen without scrolling', async ({ phones }) => {
    const { counsellor } = await phones.answeredCall('13600137001');
    const form = counsellor.intake;
    await riskTurnsImminent(form, { risk: '自杀风险', imminent: '紧急危险' }, '正在实施（如已服药）');

    const panel = form.getByRole('tabpanel', { name: '紧急危险' });
    await expect(panel.getByRole('button', { name: /公安报警 110/ })).toBeEnabled();
    for (const field of [
      panel.getByLabel(/来电者现在的位置/),
      panel.getByLabel('回拨号码', { exact: true }),
      panel.getByRole('button', { name: '使用来电号码' }),
      panel.getByLabel('使用的手段'),
      panel.getByLabel('服药 / 实施的时间'),
      panel.getByLabel(/来电者现在的状态/),
      panel.getByLabel('身边是否有人'),
      panel.getByRole('button', { name: /公安报警 110/ }),
      panel.getByRole('button', { name: /医疗急救 120/ }),
      form.locator('[data-risk-level="imminent"]'),
      counsellor.page.getByRole('button', { name: /挂断/ }),
    ]) {
      await expectWhollyInView(field);
    }

    // Keyboard only: from the location field to the risk screen and back to the first tab.
    await panel.getByLabel(/来电者现在的位置/).fill('福州市鼓楼区某小区 3 栋');
    await counsellor.page.keyboard.press('Alt+KeyR');
    await expect(form.getByRole('tab', { name: '自杀风险' })).toBeFocused();
    await expectWhollyInView(form.getByRole('group', { name: '是否希望自己死去，或睡着后不再醒来？' }));
    await counsellor.page.keyboard.press('Home');
    await expect(form.getByRole('tab', { name: '紧急危险' })).toBeFocused();
    await expect(panel.getByLabel(/来电者现在的位置/)).toHaveValue('福州市鼓楼区某小区 3 栋');
    await expectWhollyInView(panel.getByLabel(/来电者现在的位置/));
  });

  test('in English nothing is cut off: the section tabs keep to one line, the transfer chooser and its buttons fit, the note input stays in its panel', async ({ phones }) => {
    const { counsellor } = await phones.answeredCall('13600137002');
    const page = counsellor.page;
    await page.getByLabel('语言').selectOption('en');
    await riskTurnsImminent(page.getByRole('form', { name: 'Intake form' }), { risk: 'Suicide risk', imminent: 'Imminent' }, 'Attempt in progress (e.g. has taken pills)');

    const tabList = page.getByRole('tablist', { name: 'Form sections' });
    const tabs = await tabList.getByRole('tab').all();
    expect(tabs).toHaveLength(8);
    const tops = new Set<number>();
    for (const tab of tabs) {
      await expectWhollyInView(tab);
      tops.add(Math.round((await tab.boundingBox())?.y ?? -1));
    }
    expect([...tops], 'every tab on the same line').toHaveLength(1);
    expect(await tabList.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

    const transfer = page.getByRole('region', { name: 'One-click transfer' });
    const chooser = transfer.getByLabel('Transfer to');
    await expectWhollyInView(chooser);
    const fit = await selectTextFits(page, chooser);
    expect(fit.text).toBe('Hotline, centre or supervisor');
    expect(fit.width).toBeLessThanOrEqual(fit.room);
    for (const name of ['Police 110', 'Ambulance 120', 'Consult first', 'Conference', 'Transfer now']) {
      const button = transfer.getByRole('button', { name, exact: true });
      await expectWhollyInView(button);
      expect(await button.evaluate((element) => element.scrollWidth <= element.clientWidth), name).toBe(true);
    }

    const input = page.getByLabel('Add a keyword');
    await input.fill('took sleeping pills');
    await input.press('Enter');
    await page.getByRole('button', { name: /fill in the means/ }).first().click();
    await expect(page.getByRole('tabpanel', { name: 'Imminent' }).getByLabel('Means', { exact: true })).toHaveValue(/sleeping pills/);
    for (const chip of ['Sleep', 'Anxiety', 'Low mood', 'Work stress', 'Relationship', 'Unemployment', 'Family conflict', 'Parent–child']) {
      await page.getByRole('group', { name: 'Common topics' }).getByRole('button', { name: chip, exact: true }).click();
    }
    const notes = page.getByRole('list', { name: 'Notes of this call' });
    await expect(notes.getByRole('listitem')).toHaveCount(9);
    await expectWhollyInView(input);
    // The newest note is brought into view inside the list, which scrolls on its own.
    await expectWhollyInView(notes.getByRole('listitem').last());
    await page.getByRole('button', { name: /fill in the means/ }).first().click();
    await expectWhollyInView(input);
  });
});

test('at 1920×1080 the side columns use the width: the call-quality line stays on one line', async ({ phones }) => {
  const { counsellor } = await phones.answeredCall('13600137003');
  const page = counsellor.page;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByLabel('语言').selectOption('en');
  const label = page.getByText(/^Call quality: /);
  const details = page.getByText(/^Round trip \S+ ms/).last();
  await expect(details).toBeVisible();
  const lineHeight = await details.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const [labelBox, detailsBox] = [await label.boundingBox(), await details.boundingBox()];
  expect(detailsBox?.height ?? Infinity, 'the details on one line').toBeLessThan(lineHeight * 1.5);
  expect(Math.abs((labelBox?.y ?? 0) - (detailsBox?.y ?? Infinity)), 'beside the label').toBeLessThan(lineHeight / 2);
});

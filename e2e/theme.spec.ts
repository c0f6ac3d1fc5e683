import { expect, test } from './fixtures';

/** Night shifts: the theme follows the system or the counsellor's choice from the first paint. */
test.describe('the dark theme', () => {
  test('is set before the app’s code runs (no white flash), under the real security policy', async ({ phones }) => {
    const context = await phones.blankContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    // Without the app's scripts only index.html's own boot script can set the theme.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The page as painted: its background through a canvas, in sRGB.
    const background = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d');
      if (!canvas) throw new Error('no canvas');
      canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
    expect(Math.max(...background), `body background rgb(${background.join(', ')})`).toBeLessThan(40);

    // A counsellor who chose light keeps it on this device, whatever the system says.
    await page.evaluate(() => localStorage.setItem('workstation.theme', 'light'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(blocked).toEqual([]);
  });

  test('chosen on the workstation, it stays chosen after a reload', async ({ phones }) => {
    const counsellor = await phones.counsellor();
    const { page } = counsellor;
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('combobox', { name: '配色' }).selectOption('深色');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: '配色' })).toHaveValue('dark');
    await counsellor.expectReady();
  });
});

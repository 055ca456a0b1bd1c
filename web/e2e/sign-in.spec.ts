import { expect, test } from '@playwright/test';
import { signIn } from './support';

/** Every demo person signs in and lands on their own work. */
const homes: [string, string][] = [
  ['rikke', 'Min arbejdsliste'], ['bo', 'Min arbejdsliste'], ['sara', 'Min arbejdsliste'], ['lars', 'Min arbejdsliste'],
  ['mads', 'Min arbejdsliste'], ['lene', 'Forløbsanalyse'], ['ida', 'Indbakke – underretninger'], ['katrine', 'Tilbudsviften'],
  ['anders', 'Forløbsanalyse'], ['dorte', 'Tilbudsviften'], ['ole', 'Tilbudsviften'], ['datter', 'Min plan'], ['maria', 'Min plan'],
  ['maja', 'Dine børns planer'],
];

for (const [username, heading] of homes) {
  test(`${username} signs in and sees ${heading}`, async ({ page }) => {
    await signIn(page, username);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(heading));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('signing out ends the session: the next visit asks to sign in', async ({ page }) => {
  await signIn(page, 'rikke');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test('intake registers an underretning and sees its two clocks start in the inbox', async ({ page }) => {
  await signIn(page, 'ida');
  await expect(page.getByRole('heading', { name: 'Indbakke – underretninger' })).toBeVisible();
  await expectAccessible(page, 'inbox');
  const before = await page.locator('tbody tr').count();

  await page.getByRole('link', { name: 'Registrér en ny underretning' }).click();
  await expect(page.getByRole('heading', { name: 'Registrér en underretning' })).toBeVisible();
  await expectAccessible(page, 'register underretning');
  // Without what happened, it is refused at the fields that are missing; what was typed stays.
  await page.getByLabel('CPR-nummer').fill('120510-4321');
  await page.getByRole('button', { name: 'Registrér', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Underretterens egne ord')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('CPR-nummer')).toHaveValue('120510-4321');

  await page.getByLabel('Navn', { exact: true }).fill('Emil Eksempel');
  await page.getByLabel('Hvem underretter').selectOption('SCHOOL');
  await page.getByLabel('Underretterens navn').fill('Skolelærer Hansen');
  await page.getByLabel('Bekymring').selectOption(['ABSENCE', 'WELL_BEING']);
  await page.getByLabel('Underretterens egne ord').fill('Emil har ikke været i skole i tre uger og virker trist');
  await page.getByRole('button', { name: 'Registrér', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Indbakke – underretninger' })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(before + 1);
  const newest = page.locator('tbody tr').filter({ hasText: 'Fravær, Trivsel' }).filter({ hasText: /Vurdering: 2[34] t/ });
  await expect(newest).toHaveCount(1);
  await expect(newest).toContainText(/Kvittering: \d+ dage tilbage/);
  await screenshot(page, 'inbox');

  await newest.getByRole('link', { name: 'Historik' }).click();
  await expect(page.getByRole('heading', { name: 'Underretninger om den unge' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Fravær, Trivsel');
  await expectAccessible(page, 'notification history');
});

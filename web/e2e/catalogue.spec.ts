import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test('the catalogue is searched in Danish, an offer opened, and a profile matched', async ({ page }) => {
  await signIn(page, 'katrine');
  await expect(page.getByRole('heading', { name: 'Tilbudsviften' })).toBeVisible();
  await page.getByLabel('Søg efter tilbud').fill('praktikker');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('status')).toContainText('for »praktikker«');
  const hits = page.locator('ul.offers li');
  await expect(hits.first()).toBeVisible();
  await expectAccessible(page, 'catalogue');
  await screenshot(page, 'catalogue');

  await hits.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Lovgrundlag')).toBeVisible();
  await expectAccessible(page, 'offer page');

  await page.getByRole('link', { name: 'Match en profil' }).click();
  await page.getByLabel('Find tilbud').isVisible();
  await page.getByRole('button', { name: 'Find tilbud' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Alder')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Alder').fill('16');
  await page.getByLabel('Skolegang').check();
  await page.getByLabel('Psykisk sundhed').check();
  await page.getByRole('button', { name: 'Find tilbud' }).click();
  await expect(page.getByRole('heading', { name: /forslag/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /forslag/ }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'match');
});

import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test('the analyst sees the 2030 targets, a survival curve with the number at risk, the transition heat map, and rebuilds', async ({ page }) => {
  await signIn(page, 'anders');
  await expect(page.getByRole('heading', { name: 'Forløbsanalyse' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Indikatorer og 2030-mål' })).toContainText('Halveret siden');

  // The curve is drawn (a step line per group), and its steps stand in a table with the number at risk.
  const survival = page.getByRole('region', { name: 'Tid til uddannelse eller job' });
  await survival.getByLabel('Kohorte').selectOption('ALL');
  await expect(survival.locator('.recharts-line-curve').first()).toBeVisible({ timeout: 30_000 });
  const path = await survival.locator('.recharts-line-curve').first().getAttribute('d');
  expect(path?.split(/[LH V]/).length ?? 0, 'a curve of many steps').toBeGreaterThan(4);
  await expect(survival.getByRole('columnheader', { name: 'I risiko' }).first()).toBeVisible();
  await survival.getByLabel('Kohorte').selectOption('TARGET_GROUP');
  await expect(survival.locator('.recharts-line-curve')).not.toHaveCount(0);

  const heat = page.getByRole('region', { name: 'Overgange mellem tilstande' });
  await expect(heat.getByRole('table').first()).toContainText('Hverken uddannelse eller job');
  await expectAccessible(page, 'analytics');
  await screenshot(page, 'analytics');

  await page.getByRole('button', { name: 'Start genopbygning' }).click();
  await expect(page.getByRole('region', { name: 'Genopbyg fra loggen' }).getByRole('status')).toContainText('Færdig', { timeout: 60_000 });
});

test('the centre leader sees their own centre\'s figures, with small counts shown as suppressed', async ({ page }) => {
  await signIn(page, 'lene');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Center for Børn, Unge og Rådgivning/);
  await expect(page.getByRole('region', { name: 'Indikatorer og 2030-mål' }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start genopbygning' })).toHaveCount(0);
  await expectAccessible(page, 'centre leader');
});

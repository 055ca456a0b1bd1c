import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test('the daughter reads her own plan, adds her own goal and a comment, and sees them', async ({ page }) => {
  await signIn(page, 'datter');
  await expect(page.getByRole('heading', { name: 'Min plan' })).toBeVisible();
  await expect(page.getByText('Din tovholder er')).toContainText('Bo Borgerkoordinator');
  await expect(page.getByRole('region', { name: 'Det har vi aftalt' })).toContainText('Dig:');
  await expect(page.getByRole('region', { name: 'Næste møde' })).toContainText('Vi ses');
  await expectAccessible(page, 'own plan');

  // Saying nothing is refused in words, at the field.
  const goal = page.getByRole('form', { name: 'Skriv et nyt mål' });
  await goal.getByRole('button', { name: 'Tilføj mit mål' }).click();
  await expect(goal.getByRole('alert')).toBeVisible();
  await expect(goal.getByLabel('Mit mål, med mine egne ord')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'own plan with a problem');

  await goal.getByLabel('Mit mål, med mine egne ord').fill('Jeg vil tage kørekort til knallert');
  await goal.getByLabel('Sådan vil jeg nå det').fill('Spare op fra praktikken');
  await goal.getByLabel('Hvornår vil jeg have nået det').fill(new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10));
  await goal.getByRole('button', { name: 'Tilføj mit mål' }).click();
  await expect(page.getByRole('region', { name: 'Mine mål' }).getByRole('listitem')).toContainText(['»Jeg vil tage kørekort til knallert«']);
  await expect(goal.getByRole('alert')).toHaveCount(0);

  const comment = page.getByRole('form', { name: 'Skriv en kommentar' });
  await comment.getByLabel('Kommentar').fill('Praktikken er det bedste ved ugen');
  await comment.getByRole('button', { name: 'Send kommentaren' }).click();
  // In the list of her comments, read back from the service (not the box she typed it in).
  await expect(page.getByRole('region', { name: 'Mine kommentarer' }).getByRole('listitem')).toContainText(['Praktikken er det bedste ved ugen']);
  await expect(comment.getByLabel('Kommentar')).toHaveValue('');
  await screenshot(page, 'own-plan');
});

test('the mother sees her children\'s plans, and writes nothing in them', async ({ page }) => {
  await signIn(page, 'maja');
  await expect(page.getByRole('heading', { name: 'Dine børns planer' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Skriv et nyt mål' })).toHaveCount(0);
  await expectAccessible(page, 'guardian');
});

import { expect, test } from '@playwright/test';
import { demo, expectAccessible, screenshot, signIn } from './support';

test.describe.configure({ mode: 'serial' });

test('the citizen coordinator takes the daughter\'s course from the worklist to a held meeting with an agreement', async ({ page }) => {
  await signIn(page, 'bo');
  await expect(page.getByRole('heading', { name: 'Min arbejdsliste' })).toBeVisible();
  const course = page.getByRole('region', { name: /Mine forløb/ }).getByRole('link', { name: 'Datter Demo' });
  await expect(course).toBeVisible();
  await expect(page.getByRole('region', { name: /Åbne opgaver/ })).toContainText('Hold mødet');
  await expectAccessible(page, 'worklist');
  await screenshot(page, 'worklist');

  await course.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datter Demo forløb');
  // The one-plan view: the young person's own words, the team, the agreements of the first meeting, progression as a chart.
  await expect(page.getByRole('region', { name: /egne ord/ })).toContainText('»Jeg vil gå i skole hver dag«');
  await expect(page.getByRole('region', { name: /egne ord/ })).toContainText('Delmål: Møde til første time');
  await expect(page.getByRole('region', { name: 'Team og tovholder' })).toContainText('Bo Borgerkoordinator');
  await expect(page.getByRole('region', { name: 'Møder og aftaler' })).toContainText('Finder praktikplads i en børnehave');
  await expect(page.getByRole('img', { name: /Progression/ }).locator('svg.recharts-surface').first()).toBeVisible();
  await expectAccessible(page, 'one-plan view');

  // Today's meeting has begun: Bo records it, with an agreement the young person makes.
  const minutes = page.getByRole('form', { name: /Hold mødet/ });
  await minutes.getByLabel('Referat').fill('Praktikken i børnehaven er begyndt; skolen passes');
  await minutes.getByLabel('Beslutning', { exact: true }).fill('Praktikken fortsætter til sommerferien');
  await minutes.getByLabel('Navn').fill('Datter');
  await minutes.getByLabel('Hvad er aftalt').fill('Skriver dagbog fra praktikken hver fredag');
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await minutes.getByLabel('Frist').fill(due);
  await minutes.getByRole('button', { name: 'Gem referatet' }).click();
  await expect(minutes).toHaveCount(0);
  const meetings = page.getByRole('region', { name: 'Møder og aftaler' });
  await expect(meetings).toContainText('Skriver dagbog fra praktikken hver fredag');
  await expect(meetings).toContainText('Praktikken i børnehaven er begyndt');
  await screenshot(page, 'one-plan-view');
});

test('a problem the service answers is said in words with its field marked, and nothing is lost', async ({ page }) => {
  await signIn(page, 'bo');
  await page.goto(`/forloeb/${demo.daughtersCourse}`);
  const schedule = page.getByRole('form', { name: 'Planlæg næste møde' });
  await schedule.getByRole('button', { name: 'Planlæg mødet' }).click();
  await expect(schedule.getByRole('alert')).toContainText('Oplysningerne kan ikke bruges');
  await expect(schedule.getByLabel('Tidspunkt')).toHaveAttribute('aria-invalid', 'true');

  // A progression value outside its scale: the field is named; what was typed stays.
  const record = page.getByRole('form', { name: /Registrér progression/ });
  await record.getByLabel('Værdi').fill('42');
  await record.getByRole('button', { name: 'Registrér' }).click();
  await expect(record.getByRole('alert')).toBeVisible();
  await expect(record.getByLabel('Værdi')).toHaveAttribute('aria-invalid', 'true');
  await expect(record.getByLabel('Værdi')).toHaveValue('42');
  await expectAccessible(page, 'one-plan view with problems');
});

test('a change made against a version someone else has changed offers to reload, and then goes through', async ({ page }) => {
  await signIn(page, 'bo');
  await page.goto(`/forloeb/${demo.daughtersCourse}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datter Demo forløb');
  // A colleague records a measurement meanwhile (through the same API, in the background).
  const status = await page.evaluate(async (courseId) => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'))!;
    const token = JSON.parse(sessionStorage.getItem(key)!).access_token;
    const response = await fetch(`/api/plans/courses/${courseId}/progression`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': '*' },
      body: JSON.stringify({ dimension: 'MASTERY', scaleMin: 0, scaleMax: 10, value: 6, measuredBy: '5b0c2f0e-1a01-4c4e-8a10-000000000004',
        measuredOn: new Date().toISOString().slice(0, 10) }),
    });
    return response.status;
  }, demo.daughtersCourse);
  expect(status).toBe(201);
  const record = page.getByRole('form', { name: /Registrér progression/ });
  await record.getByLabel('Værdi').fill('7');
  await record.getByRole('button', { name: 'Registrér' }).click();
  await expect(record.getByRole('alert')).toContainText('Nogen har ændret det imens');
  await record.getByRole('button', { name: 'Hent den nyeste udgave' }).click();
  await expect(page.getByRole('region', { name: 'Progression over tid' }).getByRole('table')).toContainText('Mestring');
  await record.getByRole('button', { name: 'Registrér' }).click();
  await expect(record.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Progression over tid' }).getByRole('table')).toContainText('7 af 0–10');
});

test('a caseworker outside the team is refused for need-to-know and may break the glass with a reason', async ({ page }) => {
  await signIn(page, 'sara');
  await page.goto(`/forloeb/${demo.daughtersCourse}`);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Du har ikke adgang');
  await expectAccessible(page, 'need-to-know refusal');
  await refusal.getByLabel('Begrundelse (mindst fire ord)').fill('Politiet ringer om akut bekymring og tovholderen kan ikke træffes');
  await refusal.getByRole('button', { name: 'Bryd glasset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datter Demo forløb');
});

test('the family view shows the mother\'s and both children\'s courses together', async ({ page }) => {
  await signIn(page, 'bo');
  await page.goto(`/forloeb/${demo.daughtersCourse}`);
  await page.getByRole('link', { name: 'Familiens forløb' }).click();
  await expect(page.getByRole('heading', { name: 'Familiens forløb' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
  await expectAccessible(page, 'family view');
});

test('the tovholder role is handed over, and the new tovholder is shown', async ({ page }) => {
  await signIn(page, 'sara');
  await page.goto(`/forloeb/${demo.mariasCourse}`);
  await expect(page.getByRole('region', { name: 'Prøvehandlinger' })).toContainText('800.000 kr.');
  const handover = page.getByRole('form', { name: 'Overdrag tovholderrollen' });
  await handover.getByLabel('Ny tovholder').selectOption({ label: 'Mads Mentor (Mentor)' });
  await handover.getByLabel('Begrundelse').fill('Mads ser Maria hver dag');
  await handover.getByRole('button', { name: 'Overdrag' }).click();
  await expect(page.getByRole('region', { name: 'Team og tovholder' }).getByRole('listitem').filter({ hasText: 'Mads Mentor' }))
    .toContainText('(tovholder)');
});

test('a second centre\'s offer for the same need shows the double-offer warning, which the team acknowledges with a reason', async ({ page }) => {
  await signIn(page, 'bo');
  await page.goto(`/forloeb/${demo.daughtersCourse}`);
  const offers = page.getByRole('region', { name: 'Tilbud i forløbet' });
  const start = page.getByRole('form', { name: 'Start et tilbud' });
  for (const [search, name] of [['fraværsteam', 'Fraværsteam'], ['fremmøderegistrering', 'Fremmøderegistrering og tidlig opfølgning']]) {
    await start.getByLabel('Søg i tilbudsviften').fill(search);
    const offer = start.getByLabel('Tilbud', { exact: true });
    await expect(offer.locator('option', { hasText: name })).toHaveCount(1);
    await offer.selectOption({ label: (await offer.locator('option', { hasText: name }).textContent())! });
    await start.getByRole('button', { name: 'Start tilbuddet' }).click();
    await expect(offers.getByRole('list').first()).toContainText(name);
  }
  const warning = offers.getByRole('group', { name: 'Advarsel: dobbelttilbud' });
  await expect(warning).toContainText('Skolegang');
  await expectAccessible(page, 'double-offer warning');
  await screenshot(page, 'double-offer-warning');
  await warning.getByLabel('Begrundelse').fill('Fraværsteamet arbejder hjemme, skolen registrerer fremmødet');
  await warning.getByRole('button', { name: 'Kvittér for dobbelttilbuddet' }).click();
  await expect(warning).toHaveCount(0);
});

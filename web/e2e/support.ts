import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The ids the stack's demo data was loaded with (tools/dev-stack DemoData.Loaded). */
export interface Demo {
  maja: string; daughter: string; son: string; daughtersCourse: string; coordinator: string; maria: string; mariasCourse: string;
}

export const demo: Demo = JSON.parse(process.env.SAMMEN_DEMO ?? '{}');

/** Signs a demo person in through the identity provider's own sign-in page (authorization code with PKCE). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('demo');
  await page.locator('button[type="submit"]').click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/**
 * WCAG 2.1 AA on the screen as it is now (axe-core): no serious or critical violation. The
 * violations found are printed, so a failure says which rule and which element.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const described = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes
    .slice(0, 3).map((node) => node.target.join(' ')).join('; ')}`);
  expect(described, `${screen}: serious or critical accessibility violations`).toEqual([]);
}

/** A full-page screenshot into the test output (and, for the README, the ones it shows). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.SAMMEN_SCREENSHOTS ?? 'test-results/screenshots';
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}

// What the portal's end-to-end journeys share: Debian's Chromium through playwright-core,
// axe checks, screenshots, and the mailbox the stack writes e-mails to.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { e2eStack } from './e2e-stack';

export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', '..', 'test-results', 'e2e');
export const DEMO_PASSWORD = 'alliance-demo';
export const MOBILE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export function baseUrl(): string {
  return e2eStack().url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, locale: 'fr-FR' });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
  if (report.length)
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${report.join('\n')}`);
}

/** No horizontal scrolling at the current viewport width. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) {
    throw new Error(`${label} scrolls horizontally at ${clientWidth}px: content is ${scrollWidth}px wide.`);
  }
}

/** Saves the journey's last screen as test-results/e2e/<journey>.png and says where. */
export async function saveScreenshot(page: Page, journey: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${journey}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`Screenshot of "${journey}" saved in ${SCREENSHOT_DIR}`);
  return path;
}

/** Waits until the page's main heading says `name` (pages load their code on demand). */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' }).waitFor();
}

/** Logs in through the form at /{slug}/login (or /login without a slug). */
export async function logIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  slug?: string,
): Promise<void> {
  await page.goto(slug ? `/${slug}/login` : '/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

interface Mail {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  sentAt: string;
}

/**
 * Waits for an e-mail to `to` sent after `since` (mail is sent by a background job, so it can arrive a
 * moment after the screen says it was sent) and returns the newest.
 */
export async function waitForMail(to: string, since: Date, timeoutMs = 20_000): Promise<Mail> {
  const after = since.getTime() - 1000;
  const deadline = Date.now() + timeoutMs;
  const dir = e2eStack().mailboxDir;
  for (;;) {
    const mails = readdirSync(dir, { recursive: false })
      .map(String)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Mail)
      .filter((mail) => [mail.to].flat().some((address) => address.toLowerCase().includes(to.toLowerCase())))
      .filter((mail) => new Date(mail.sentAt).getTime() >= after)
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
    if (mails[0]) return mails[0];
    if (Date.now() > deadline) throw new Error(`No e-mail to ${to} in ${dir} after ${timeoutMs / 1000} s.`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** The path of the first link in an e-mail whose path matches `pattern`, to open on the test's origin. */
export function linkPath(mail: Mail, pattern: RegExp): string {
  const links = `${mail.text}\n${mail.html ?? ''}`.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
  for (const link of links) {
    const url = new URL(link);
    if (pattern.test(url.pathname)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`No link matching ${pattern} in the e-mail "${mail.subject}":\n${mail.text}`);
}

/** A unique address for people created by a test run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.alliance.test`;
}

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser, against the DOM.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package: the browser tests never download one. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const screenshots = resolve('test-output/render-html');

/** A fresh profile in a temporary folder, headless, with nothing that reaches the network. */
export async function launch(): Promise<BrowserContext> {
  mkdirSync(screenshots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'gkml-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
  });
  // Chromium may still be writing its profile as the context closes: retry, and never fail a test over a temp folder.
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // left for the system's temp cleaner
    }
  });
  return context;
}

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings (a CSP violation is one) and uncaught exceptions, as they came. */
  problems: string[];
}

/** Opens a page of a site folder from file://, recording every console error and page error. */
export async function open(context: BrowserContext, site: string, path: string, width = 1366): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`file://${site}/${path}`);
  await page.waitForLoadState('load');
  return { page, problems };
}

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in the page. It is evaluated through the debugging protocol, which the page's
 * Content-Security-Policy does not govern, so the test does not have to loosen the policy.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${axeSource}\n;0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe;
    // No preload: axe would fetch the stylesheets itself, which the page's policy (rightly) refuses.
    const result = await axe.run(document, { resultTypes: ['violations'], preload: false });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

/** Item rows (of the official tables and of the area pages' lists). */
export const ITEM_ROWS = 'table.official > tbody > tr, table.item-list > tbody > tr';

/** Item rows the reader can see. */
export function visibleRows(page: Page): Promise<number> {
  return page.locator(ITEM_ROWS).locator('visible=true').count();
}

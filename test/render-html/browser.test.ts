/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code passed to page.evaluate runs in the browser, against the DOM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { axeViolations, hasChromium, ITEM_ROWS, launch, open, screenshots, visibleRows } from './browser.js';
import { hostileCatalogue, writeTempSite } from './fixtures.js';

// Real Chromium (Debian's package; .ci/run installs it) loading the example site from file://.
describe.skipIf(!hasChromium)('the example site in Chromium', () => {
  let context: BrowserContext;
  let site: string;

  beforeAll(async () => {
    site = join(mkdtempSync(join(tmpdir(), 'gkml-browser-')), 'site');
    const run = await runCli(['render', 'html', resolve('examples/shili-county'), '--out', site], { env: { SOURCE_DATE_EPOCH: '1719792000' } });
    expect(run.exitCode).toBe(0);
    context = await launch();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(join(site, '..'), { recursive: true, force: true });
  });

  const pages = [
    ['index', 'index.html'],
    ['publisher', 'county-civil-affairs.html'],
    ['publisher-basic-catalogue', 'county-government-office.html'],
    ['area', 'area-social-assistance.html'],
    ['category', 'category-1.html'],
  ] as const;

  it.each(pages)('%s page: no console errors, no serious or critical axe findings', async (name, path) => {
    const { page, problems } = await open(context, site, path);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: name === 'index' });
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by category, area, audience and mode, and searches names and content', async () => {
    const { page, problems } = await open(context, site, 'county-civil-affairs.html');
    const all = await visibleRows(page);
    expect(all).toBe(27);
    await expect(page.locator('.filter-status').textContent()).resolves.toBe('共 27 项');

    await page.selectOption('select[name=category]', '结果公开');
    const results = await visibleRows(page);
    expect(results).toBeGreaterThan(0);
    expect(results).toBeLessThan(all);
    // The rows carry no filter data: what a row shows is what it is filtered by.
    for (const value of await page.locator(ITEM_ROWS).locator('visible=true').evaluateAll((rows) => rows.map((r) => r.querySelector('.five')!.textContent))) {
      expect(value!.split('、')).toContain('结果公开');
    }
    await expect(page.locator('.filter-status').textContent()).resolves.toBe(`显示 ${results} / 27 项`);

    await page.selectOption('select[name=area]', '养老服务');
    const both = await visibleRows(page);
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(results);

    await page.selectOption('select[name=audience]', '特定群体');
    expect(await visibleRows(page)).toBeLessThanOrEqual(both);

    await page.click('button[type=reset]');
    await page.waitForFunction(() => document.querySelector('.filter-status')?.textContent === '共 27 项');
    expect(await visibleRows(page)).toBe(all);

    // Content only: 保障金额 is an element of 最低生活保障 审核信息, not a name.
    await page.fill('input[name=q]', '保障金额');
    const found = await page.locator(ITEM_ROWS).locator('visible=true').evaluateAll((rows) => rows.map((r) => r.id));
    expect(found).toContain('shjz-003');
    expect(found.length).toBeLessThan(all);
    // A merged 一级事项 cell cannot span hidden rows: while filtering, each row shows its own.
    await expect(page.locator('#shjz-003 .l1').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, 'publisher-filtered.png') });

    await page.fill('input[name=q]', '没有这个事项');
    expect(await visibleRows(page)).toBe(0);
    await expect(page.locator('.no-match').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by 公开方式 where a page has items on request', async () => {
    const { page } = await open(context, site, 'county-public-security.html');
    const all = await visibleRows(page);
    await page.selectOption('select[name=mode]', '依申请');
    expect(await visibleRows(page)).toBe(1);
    await page.selectOption('select[name=mode]', '主动');
    expect(await visibleRows(page)).toBe(all - 1);
    await page.close();
  });

  it('opens a publisher filtered to a 五公开 category from the category page', async () => {
    const { page, problems } = await open(context, site, 'category-5.html');
    await page.getByRole('link', { name: '示例县民政局' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/county-civil-affairs\.html\?category=%E7%BB%93%E6%9E%9C%E5%85%AC%E5%BC%80$/);
    expect(await page.inputValue('select[name=category]')).toBe('结果公开');
    const shown = await visibleRows(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(27);
    await expect(page.locator('.filter-status').textContent()).resolves.toBe(`显示 ${shown} / 27 项`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('scrolls an item anchor to its row, and shows it even when the filters hid it', async () => {
    const { page, problems } = await open(context, site, 'county-civil-affairs.html#ylfw-006');
    const row = page.locator('#ylfw-006');
    await expect(row.evaluate((r) => r.matches(':target'))).resolves.toBe(true);
    const box = await row.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.screenshot({ path: join(screenshots, 'publisher-anchor.png') });

    await page.fill('input[name=q]', '最低生活保障');
    await expect(row.isVisible()).resolves.toBe(false);
    await page.evaluate(() => (location.hash = '#shjz-001'));
    await page.evaluate(() => (location.hash = '#ylfw-006'));
    await page.waitForFunction(() => !document.getElementById('ylfw-006')!.hidden);
    expect(await page.inputValue('input[name=q]')).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turns rows into cards on a 375-px phone', async () => {
    const { page, problems } = await open(context, site, 'county-civil-affairs.html#shjz-002', 375);
    const style = await page.locator('#shjz-002').evaluate((row) => {
      const s = getComputedStyle(row);
      return { display: s.display, width: row.getBoundingClientRect().width, headerHeight: row.closest('table')!.tHead!.getBoundingClientRect().height };
    });
    expect(style.display).toBe('block');
    expect(style.width).toBeLessThanOrEqual(375);
    expect(style.headerHeight).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(screenshots, 'publisher-phone.png') });
    const index = await open(context, site, 'index.html', 375);
    await index.page.screenshot({ path: join(screenshots, 'index-phone.png') });
    expect(problems).toEqual([]);
    expect(index.problems).toEqual([]);
    await page.close();
    await index.page.close();
  });

  it('prints A4 landscape without the controls, repeating the header rows', async () => {
    const { page } = await open(context, site, 'county-civil-affairs.html');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      filters: getComputedStyle(document.querySelector('.filters')!).display,
      nav: getComputedStyle(document.querySelector('.site-nav')!).display,
      thead: getComputedStyle(document.querySelector('table.official thead')!).display,
    }));
    expect(printed).toEqual({ filters: 'none', nav: 'none', thead: 'table-header-group' });
    await page.pdf({ path: join(screenshots, 'publisher-print.pdf'), preferCSSPageSize: true });
    await page.close();
  });

  it('renders hostile catalogue text as inert text', async () => {
    const hostile = writeTempSite([hostileCatalogue()]);
    const { page, problems } = await open(context, hostile, 'hostile.html');
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      scripts: [...document.scripts].map((s) => s.getAttribute('src')),
      images: document.images.length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(?:[\w-]+\.html)?(?:#[\w.-]*)?$|^catalogue\.(?:json|csv)$/.test(h)),
      text: document.body.textContent!,
    }));
    expect(dom.pwned).toBeUndefined();
    expect(dom.scripts).toEqual(['assets/site.js']);
    expect(dom.images).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.links).toEqual([]);
    expect(dom.text).toContain(`<script>window.__pwned='level1'</script>"><img src=x onerror="window.__pwned='level1'">javascript:alert('level1')`);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'hostile.png') });
    await page.close();
  });
});

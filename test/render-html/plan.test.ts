import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { KNOWN_HELPERS, registerHelpers } from '../../src/render/html/helpers.js';
import { planSite, renderSite } from '../../src/render/html/render.js';
import { buildSiteModel, publisherPage, type SiteOptions } from '../../src/render/html/view-model.js';
import type { Catalogue } from '../../src/model/catalogue.js';
import { catalogue, item, templates, vocab } from './fixtures.js';

const options: SiteOptions = { vocab, generatedAt: '2024-07-01' };
const fingerprints = (catalogues: Catalogue[], more: Partial<SiteOptions> = {}, set = templates()) =>
  new Map(planSite(catalogues, set, { ...options, ...more }).map((page) => [page.path, page.fingerprint]));

/** Three publishers: 民政局 (社会救助, 服务公开), 教育局 (义务教育, 结果公开), 财政局 (财政预决算, 结果公开). */
function site(changeCivil?: Partial<Parameters<typeof item>[0]>): Catalogue[] {
  return [
    catalogue('civil.yaml', [item({ id: 'a' }), item({ id: 'b', level2: '审核信息', ...changeCivil })]),
    catalogue('education.yaml', [item({ id: 'a', area: '义务教育', level1: '招生入学', fiveDisclosures: ['结果公开'] })], { publisher: { name: '示例县教育局', level: '县级', region: '示例省示例市示例县' } }),
    catalogue('finance.yaml', [item({ id: 'a', area: '财政预决算', level1: '部门预算', fiveDisclosures: ['结果公开'] })], { publisher: { name: '示例县财政局', level: '县级', region: '示例省示例市示例县' } }),
  ];
}

/** Pages whose fingerprint differs, or that exist in one plan only. */
const changed = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();

describe('the page plan (planSite)', () => {
  it('lists every file renderSite writes, in the same order with the same bytes', () => {
    const plan = planSite(site(), templates(), options);
    const files = [...renderSite(site(), templates(), options)];
    expect(plan.map((p) => p.path)).toEqual(files.map((f) => f.path));
    expect(plan.map((p) => p.path)).toEqual(expect.arrayContaining(['assets/site.js', 'catalogue.json', 'catalogue.csv', 'index.html', 'area-social-assistance.html', 'category-5.html', 'civil.html', 'education.html', 'finance.html']));
    const html = (content: unknown) => (typeof content === 'string' ? content : [...(content as Iterable<string>)].join(''));
    expect(html(plan.find((p) => p.path === 'civil.html')!.render())).toBe(html(files.find((f) => f.path === 'civil.html')!.content));
  });

  it('gives the same fingerprints for the same input, and fingerprints that differ between pages', () => {
    const first = fingerprints(site());
    expect(fingerprints(site())).toEqual(first);
    expect(new Set(first.values()).size).toBe(first.size);
  });

  it('changes, for one changed catalogue, its publisher page, the pages that list it and the open data, and no other publisher page', () => {
    const before = fingerprints(site());
    const after = fingerprints(site({ content: ['办理条件', '审核结果'] }));
    expect(changed(before, after)).toEqual(['area-social-assistance.html', 'catalogue.csv', 'catalogue.json', 'category-4.html', 'civil.html', 'index.html']);
  });

  it('changes the area pages an item moves between, and the category pages it joins', () => {
    const before = fingerprints(site());
    const after = fingerprints(site({ area: '养老服务', fiveDisclosures: ['服务公开', '决策公开'] }));
    expect(changed(before, after)).toEqual(['area-elderly-care.html', 'area-social-assistance.html', 'catalogue.csv', 'catalogue.json', 'category-1.html', 'category-4.html', 'civil.html', 'index.html']);
  });

  it('changes every page with the templates, the build date, the title or the channel style; the assets only with their bytes', () => {
    const before = fingerprints(site());
    const html = [...before.keys()].filter((path) => path.endsWith('.html'));
    const footer = templates();
    footer.templates['partials/footer.hbs'] += '<!-- 示例 -->';
    for (const after of [fingerprints(site(), {}, footer), fingerprints(site(), { generatedAt: '2024-07-02' }), fingerprints(site(), { title: '示例县政府信息公开' }), fingerprints(site(), { channelStyle: 'selected' })]) {
      expect(changed(before, after).filter((path) => path.endsWith('.html'))).toEqual(html.sort());
      expect(changed(before, after).filter((path) => path.startsWith('assets/'))).toEqual([]);
    }
    const css = templates();
    css.assets['assets/custom.css'] = '.site-header { background: #0b4f8a; }\n';
    expect(changed(before, fingerprints(site(), {}, css))).toEqual(['assets/custom.css']);
  });

  it('uses the caller\'s key for a catalogue (gkml build\'s hash of the file) instead of hashing it', () => {
    const version = (civil: number) => ({ catalogueKey: (c: Catalogue) => `${c.file}@${c.file === 'civil.yaml' ? civil : 1}` });
    // The key stands for the content: same key, same fingerprints, whatever the objects hold.
    expect(changed(fingerprints(site(), version(1)), fingerprints(site({ content: ['审核结果'] }), version(1)))).toEqual([]);
    expect(changed(fingerprints(site(), version(1)), fingerprints(site(), version(2)))).toEqual(['area-social-assistance.html', 'catalogue.csv', 'catalogue.json', 'category-4.html', 'civil.html', 'index.html']);
  });

  it('renders nothing until asked', () => {
    const set = templates();
    set.templates['partials/footer.hbs'] = '<footer>{{site.telephone}}</footer>';
    const plan = planSite(site(), set, options);
    expect(plan.length).toBeGreaterThan(0);
    expect(() => [...(plan.find((p) => p.path === 'index.html')!.render() as Iterable<string>)]).toThrow(/pages\/index\.hbs: "telephone" not defined/);
  });

  it('gives a page in pieces (each partial the page template calls, rendered as it is read) that join to the page rendered whole', () => {
    const c = site();
    const pieces = [...(planSite(c, templates(), options).find((p) => p.path === 'civil.html')!.render() as Iterable<string>)];
    expect(pieces.length).toBeGreaterThan(3);
    // The same page rendered whole by plain handlebars, every partial in place.
    const set = templates();
    const env = Handlebars.create();
    registerHelpers(env);
    const compile = (source: string) => env.compile(source, { strict: true, data: false, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
    for (const [path, source] of Object.entries(set.templates)) if (path.startsWith('partials/')) env.registerPartial(path.slice('partials/'.length, -'.hbs'.length), compile(source));
    const model = buildSiteModel(c, options);
    const whole = compile(set.templates['pages/publisher.hbs']!)(publisherPage(model, model.map.publishers.find((p) => p.path === 'civil.html')!));
    expect(pieces.join('')).toBe(whole);
  });

  it('renders a page whole when a value printed raw by a custom template looks like the mark of a piece', () => {
    const set = templates();
    set.templates['partials/breadcrumb.hbs'] = '<p>{{{publisher.name}}}</p>';
    const name = '示例县<\u00000\u0000>民政局';
    const c = [catalogue('civil.yaml', [item({ id: 'a' })], { publisher: { name, level: '县级' } })];
    const html = [...(planSite(c, set, options).find((p) => p.path === 'civil.html')!.render() as Iterable<string>)].join('');
    expect(html).toContain(`<p>${name}</p>`);
    expect(html).toContain('<footer class="site-footer">');
  });
});


describe('the each helper', () => {
  it('renders {{#each}} as handlebars does: arrays with holes, an empty one with {{else}}, objects, block parameters, a nested each', () => {
    const ours = Handlebars.create();
    registerHelpers(ours);
    const plain = Handlebars.create();
    plain.registerHelper('formatNumber', () => '');
    plain.registerHelper('eq', () => false);
    const compile = (env: typeof Handlebars, source: string) => env.compile(source, { strict: true, data: false, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
    const withHole = ['a', , '<b>'];
    const cases: [string, object][] = [
      ['{{#each list}}[{{this}}]{{else}}none{{/each}}', { list: withHole }],
      ['{{#each list}}[{{this}}]{{else}}none{{/each}}', { list: [] }],
      ['{{#each list}}[{{this}}]{{else}}none{{/each}}', { list: { x: 1, y: 2 } }],
      ['{{#each list as |value key|}}{{key}}={{value}};{{/each}}', { list: ['a', 'b'] }],
      ['{{#each rows}}<tr>{{#each this}}<td>{{this}}</td>{{/each}}</tr>{{/each}}', { rows: [['1', '2'], [], ['3']] }],
    ];
    for (const [source, context] of cases) expect(compile(ours, source)(context)).toBe(compile(plain, source)(context));
  });
});

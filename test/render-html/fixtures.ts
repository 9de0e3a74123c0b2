import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTemplateSet, writeSite } from '../../src/cli/commands/render-html.js';
import { loadVocabulary, resourcePath } from '../../src/engine/resources.js';
import { toCatalogue, type Catalogue, type CatalogueDocument, type ItemDocument } from '../../src/model/catalogue.js';
import { renderSite, type SiteFile } from '../../src/render/html/render.js';
import type { SiteOptions } from '../../src/render/html/view-model.js';

export const vocab = loadVocabulary();
export const templates = () => readTemplateSet(resourcePath('templates/html'), undefined, 'zh');

/** An item of the official table with every required field; tests change what they look at. */
export function item(fields: Partial<ItemDocument> & { id: string }): ItemDocument {
  return {
    area: '社会救助',
    level1: '最低生活保障',
    level2: '办事指南',
    fiveDisclosures: ['服务公开'],
    content: ['办理条件'],
    basis: ['《社会救助暂行办法》（国务院令第709号）'],
    timeLimit: { workdays: 20, from: '形成或变更' },
    channels: ['政府网站'],
    audience: '全社会',
    mode: '主动',
    levels: ['县级'],
    ...fields,
  };
}

export function catalogue(file: string, items: ItemDocument[], fields: Partial<CatalogueDocument> = {}): Catalogue {
  const document: CatalogueDocument = {
    catalogueType: '基层政务公开标准目录',
    date: '2024-06-30',
    publisher: { name: '示例县民政局', level: '县级', region: '示例省示例市示例县' },
    items,
    ...fields,
  };
  return toCatalogue(file, document, vocab);
}

/** Renders in memory: path → text (assets as text too). */
export function renderToMap(catalogues: Catalogue[], options: Partial<SiteOptions> = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of renderSite(catalogues, templates(), { vocab, generatedAt: '2024-07-01', ...options })) files.set(file.path, text(file));
  return files;
}

function text(file: SiteFile): string {
  const { content } = file;
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array) return Buffer.from(content).toString('utf8');
  return [...content].join('');
}

/** Renders and writes a site into a fresh temporary folder; returns the site folder. */
export function writeTempSite(catalogues: Catalogue[], options: Partial<SiteOptions> = {}): string {
  const out = join(mkdtempSync(join(tmpdir(), 'gkml-site-')), 'site');
  writeSite(out, renderSite(catalogues, templates(), { vocab, generatedAt: '2024-07-01', ...options }), 'zh');
  return out;
}

/** Markup that would run or inject if printed unescaped; each use names the field it sits in. */
export const attack = (field: string) => `<script>window.__pwned='${field}'</script>"><img src=x onerror="window.__pwned='${field}'">javascript:alert('${field}')`;

/**
 * A catalogue with hostile text in every field that reaches a page (and a javascript: link, which the
 * schema would reject): built directly, so no check stands between it and the renderer.
 */
export function hostileCatalogue(): Catalogue {
  return catalogue(
    'hostile.yaml',
    [
      item({
        id: 'x-001',
        level1: attack('level1'),
        level2: attack('level2'),
        level3: attack('level3'),
        content: [attack('content0'), attack('content1')],
        basis: [attack('basis')],
        clause: attack('clause'),
        timeLimit: { workdays: 20, text: attack('timeLimit') },
        postingPeriod: { workdays: 7, text: attack('postingPeriod') },
        retention: attack('retention'),
        owner: attack('owner'),
        office: attack('office'),
        channelsOther: [attack('channelsOther')],
        powerCodes: [attack('powerCodes')],
        note: attack('note'),
        url: "javascript:alert('url')",
        levels: ['县级', '乡级'],
      }),
      item({
        id: 'x-002',
        area: undefined,
        category: attack('category'),
        level1: attack('level1b'),
        kind: '政策解读',
        interprets: ['x-001'],
        url: ' javascript:alert(1)',
      }),
      item({ id: 'x-003', url: 'JaVaScRiPt:alert(1)' }),
      item({ id: 'x-004', url: 'data:text/html,<script>alert(1)</script>' }),
    ],
    {
      title: attack('title'),
      version: attack('version'),
      publisher: {
        name: attack('publisher'),
        level: '县级',
        region: attack('region'),
        office: attack('publisherOffice'),
        contact: { phone: attack('phone'), address: attack('address'), email: attack('email'), hours: attack('hours') },
      },
      levelLabels: { 县级: attack('levelLabel'), 乡级: '乡级' },
      notApplicableAreas: [{ area: '税收管理', reason: attack('reason') }],
    },
  );
}

/** The fields of hostileCatalogue() shown on its publisher page. */
export const HOSTILE_FIELDS = [
  'level1', 'level2', 'level3', 'content0', 'content1', 'basis', 'clause', 'timeLimit', 'postingPeriod', 'retention', 'owner', 'office',
  'channelsOther', 'powerCodes', 'note', 'category', 'level1b', 'title', 'version', 'publisher', 'region', 'publisherOffice', 'phone',
  'address', 'email', 'hours', 'levelLabel', 'reason',
];

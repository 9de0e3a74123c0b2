import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogueYaml } from '../../src/importer/index.js';
import { toCatalogue, type Catalogue, type CatalogueDocument } from '../../src/model/catalogue.js';
import { planWorkbooks, renderWorkbook, type ExcelOptions } from '../../src/render/excel/index.js';
import { createSchemaValidator } from '../../src/schema/validate.js';
import { loadSchema, loadVocabulary } from '../../src/engine/resources.js';
import { importBytes } from './helpers.js';

const vocab = loadVocabulary();
const validator = createSchemaValidator(loadSchema('catalogue'), vocab);
const root = new URL('../../', import.meta.url).pathname;

/** A catalogue as gkml compares them: defaults applied, aliases resolved, key order and file name ignored. */
function canonical(catalogue: Catalogue): unknown {
  const { file: _file, ...rest } = catalogue;
  const sort = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sort) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sort(v)])) : value;
  return sort(rest);
}

/** Renders the catalogues, imports every workbook, and gives back each imported catalogue by the file it came from. */
async function roundTrip(catalogues: Catalogue[], options: Partial<ExcelOptions>): Promise<Map<string, CatalogueDocument>> {
  const excel: ExcelOptions = { vocab, ...options };
  const out = new Map<string, CatalogueDocument>();
  for (const plan of planWorkbooks(catalogues, excel)) {
    const result = importBytes(await renderWorkbook(plan, excel), plan.fileName);
    expect(result.guesses.map((g) => `${g.sheet}!${g.row}:${g.column} ${g.messageId}`)).toEqual([]);
    for (const { name, document } of result.catalogues) {
      // What `gkml import` writes is YAML: it must read back the same with both of gkml's parsers, and validate.
      const text = catalogueYaml(document, { schemaRef: 'catalogue.schema.json', source: plan.fileName });
      expect(text.startsWith('# yaml-language-server: $schema=catalogue.schema.json\n')).toBe(true);
      expect(parse(text)).toEqual(JSON.parse(JSON.stringify(document)));
      expect(jsYaml.load(text)).toEqual(JSON.parse(JSON.stringify(document)));
      expect(validator.validate(document, 'zh')).toEqual([]);
      out.set(name.replace(/\.yaml$/, ''), document);
    }
  }
  return out;
}

const char = fc.constantFrom(...'示例县民政局最低生活保障办事指南审核信息公开内容条件材料流程政策文件解读《》〔〕（）、，：；=+-@ .0123456789abcXYZ■□口√');
const plainText = fc.array(char, { minLength: 1, maxLength: 14 }).map((chars) => chars.join('').trim()).filter((s) => s.length > 0);
/** Text YAML could read as something else, or that needs quotes: each must come back as the same text. */
const trickyText = fc.constantFrom('yes', 'No', 'null', '~', 'true', '1e3', '0x1F', '.5', '2024-06-30', '- a', ': b', 'a: b', 'a #c', '[x]', '{y}', '"q"', "'s'", '@x', '`x`', '%x', '!x', '&x', '*x', '|x', '>x', '?x', '#x', 'a,b', 'c:', '\\d', '12:30');
const text = fc.oneof({ weight: 4, arbitrary: plainText }, { weight: 1, arbitrary: trickyText });
const otherChannel = fc.array(fc.constantFrom(...'投资项目在线审批监管平台信用中国网站法律服务'), { minLength: 2, maxLength: 10 }).map((c) => c.join('')).filter((s) => s !== '其他');
const uniqueSub = <T>(values: readonly T[], min = 1) => fc.subarray([...values], { minLength: min });
const FROM = ['形成或变更', '制作或获取', '收到', '作出决定', '批准', '批复'];

function timeLimit(ids: string[]): fc.Arbitrary<unknown> {
  const from = fc.option(fc.constantFrom(...FROM), { nil: undefined });
  const withText = (a: fc.Arbitrary<Record<string, unknown>>) => fc.tuple(a, fc.option(text, { nil: undefined })).map(([v, t]) => (t ? { ...v, text: t } : v));
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom('实时', '及时'),
    withText(fc.record({ workdays: fc.integer({ min: 0, max: 60 }), from }, { requiredKeys: ['workdays'] })),
    withText(fc.record({ days: fc.integer({ min: 1, max: 60 }), from }, { requiredKeys: ['days'] })),
    fc.record({ deadline: fc.constantFrom('01-31', '06-30', '12-31') }),
    fc.record({ periodic: fc.constantFrom('每日', '每月', '每季度', '每年'), workdays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }, { requiredKeys: ['periodic'] }),
  ];
  if (ids.length > 0) options.push(fc.record({ syncWith: fc.constantFrom(...ids), workdays: fc.integer({ min: 1, max: 10 }) }));
  return fc.oneof(...options);
}

function item(n: number, standard: boolean): fc.Arbitrary<Record<string, unknown>> {
  const ids = Array.from({ length: n }, (_, i) => `i-${i}`);
  const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc.record(
    {
      id: fc.constant(`i-${n}`),
      area: standard ? optional(fc.constantFrom('社会救助', '养老服务', '就业', '环境保护', '政府信息')) : optional(fc.constantFrom('财政预决算')),
      category: standard ? fc.constant(undefined) : optional(fc.constantFrom('机构职能信息', '政策文件')),
      level1: fc.constantFrom('最低生活保障', '特困人员救助供养', '=政策文件', '1.概况'),
      level2: optional(text),
      level3: optional(text),
      kind: optional(fc.constantFrom('一般', '政策文件', '政策解读', '舆情回应', '公众参与')),
      fiveDisclosures: uniqueSub(vocab.terms.fiveDisclosures.values),
      content: fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })),
      basis: optional(fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 2 }))),
      clause: optional(text),
      timeLimit: timeLimit(ids),
      postingPeriod: optional(fc.oneof(fc.record({ workdays: fc.integer({ min: 1, max: 15 }) }), fc.record({ days: fc.integer({ min: 1, max: 15 }) }), fc.record({ workdays: fc.constant(7), text: fc.constant('公示期7个工作日') }))),
      retention: optional(fc.constantFrom('长期', '任期内')),
      owner: optional(fc.constantFrom('示例县社会救助服务中心', '示例县民政局')),
      office: optional(fc.constantFrom('办公室', '社会救助股')),
      channels: uniqueSub(vocab.channels.map((c) => c.name)).chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
      channelsOther: optional(fc.uniqueArray(otherChannel, { minLength: 1, maxLength: 2 })),
      audience: fc.oneof(fc.constantFrom('全社会', '特定群体'), fc.shuffledSubarray(['全社会', '特定群体'], { minLength: 1 })),
      mode: fc.oneof(fc.constantFrom('主动', '依申请'), fc.shuffledSubarray(['主动', '依申请'], { minLength: 1 })),
      levels: fc.shuffledSubarray(['县级', '乡级', '村级'], { minLength: 1 }),
      interprets: n > 0 ? optional(fc.subarray(ids, { minLength: 1 })) : fc.constant(undefined),
      powerCodes: optional(fc.uniqueArray(fc.constantFrom('SLX-GF-001', 'SLX-XK-002'), { minLength: 1 })),
      url: optional(fc.constantFrom('/zwgk/shjz/', 'https://example.gov.cn/a?b=1')),
      note: optional(text),
    },
  ).map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)));
}

function catalogueDoc(index: number): fc.Arbitrary<CatalogueDocument> {
  return fc.boolean().chain((standard) =>
    fc.integer({ min: 1, max: 8 }).chain((count) =>
      fc.record({
        catalogueType: fc.constant(standard ? '基层政务公开标准目录' : '主动公开基本目录'),
        title: fc.option(fc.constantFrom('示例目录（2024版）', '示例县某局主动公开基本目录'), { nil: undefined }),
        version: fc.option(fc.constantFrom('2024版', '2025'), { nil: undefined }),
        date: fc.option(fc.constantFrom('2024-06-30', '2025-01-02'), { nil: undefined }),
        publisher: fc.record({ name: fc.constant(['示例县民政局', '示例县示例镇人民政府', '示例县人民政府办公室'][index]!), level: fc.constantFrom('县级', '乡级'), region: fc.constant(index === 1 ? '示例省示例市示例县示例镇' : '示例省示例市示例县') }),
        levelLabels: fc.option(fc.constantFrom({ 县级: '区级', 乡级: '镇街级' }, { 乡级: '乡级' }), { nil: undefined }),
        notApplicableAreas: fc.option(fc.constant([{ area: '税收管理', reason: '由县税务局负责。' }]), { nil: undefined }),
        items: fc.tuple(...Array.from({ length: count }, (_, n) => item(n, standard))),
      }).map((doc) => Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)) as unknown as CatalogueDocument),
    ),
  );
}

describe('render xlsx, then import, gives back the same catalogue', () => {
  it('for generated catalogues, in every layout and option', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => catalogueDoc(i)))), fc.constantFrom('publisher', 'area'), fc.constantFrom('checklist', 'selected'), async (docs, split, channels) => {
        const catalogues = docs.map((doc, i) => toCatalogue(`catalogues/c${i}.yaml`, doc, vocab));
        for (const c of catalogues) expect(validator.validate(JSON.parse(JSON.stringify(docs[catalogues.indexOf(c)])), 'zh')).toEqual([]);
        const back = await roundTrip(catalogues, { split: split as ExcelOptions['split'], channels: channels as ExcelOptions['channels'] });
        expect([...back.keys()].sort()).toEqual(catalogues.map((_, i) => `c${i}`));
        for (const [i, original] of catalogues.entries()) expect(canonical(toCatalogue(original.file, back.get(`c${i}`)!, vocab))).toEqual(canonical(original));
      }),
      { numRuns: Number(process.env.GKML_FC_RUNS ?? 40) },
    );
  });

  it('for every catalogue of the example workspace, in both layouts', async () => {
    const dir = `${root}examples/shili-county/catalogues`;
    const catalogues = readdirSync(dir).sort().map((f) => toCatalogue(`catalogues/${f}`, parse(readFileSync(`${dir}/${f}`, 'utf8')) as CatalogueDocument, vocab));
    for (const split of ['publisher', 'area'] as const) {
      const back = await roundTrip(catalogues, { split });
      for (const original of catalogues) {
        const name = original.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
        expect(canonical(toCatalogue(original.file, back.get(name)!, vocab)), `${split} ${name}`).toEqual(canonical(original));
      }
    }
  });
});

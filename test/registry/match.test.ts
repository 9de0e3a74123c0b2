import { describe, expect, it } from 'vitest';
import type { Catalogue, Item } from '../../src/model/catalogue.js';
import { matchPowers } from '../../src/registry/match.js';
import { codeKey, nameKey } from '../../src/registry/normalise.js';
import type { Power } from '../../src/registry/types.js';
import { tables } from './helpers.js';

const names = tables.vocab.names;

function catalogue(publisher: string, items: Partial<Item>[], file = `${publisher}.yaml`): Catalogue {
  return {
    file,
    catalogueType: '基层政务公开标准目录',
    publisher: { name: publisher, level: '县级' },
    items: items.map((item, index) => ({ id: `x-${index + 1}`, level1: '', fiveDisclosures: ['服务公开'], owner: publisher, index, ...item }) as Item),
  };
}

let row = 1;
function power(name: string, extra: Partial<Power> = {}): Power {
  return { code: '', name, owner: '示例县民政局', origin: { kind: 'sheet', file: 'r.xlsx', sheet: 'S', row: row++, columns: { name: 2 } }, ...extra };
}

const ids = (result: ReturnType<typeof matchPowers>, i: number) => result.links[i]!.map((l) => `${l.ref.item.id}/${l.by}`);

describe('matching powers to catalogue items', () => {
  it('links by the codes an item lists first, whatever the name; normalises full-width codes', () => {
    const c = catalogue('示例县民政局', [{ level1: '最低生活保障', level2: '办事指南', powerCodes: ['ＳＬＸ－ＧＦ－００１'] }, { level1: '低保金给付' }]);
    const result = matchPowers([power('低保金给付', { code: 'SLX-GF-001' })], [c], names);
    expect(ids(result, 0)).toEqual(['x-1/code']);
  });

  it('then by normalised name: width, brackets, spaces, level notes, and a heading\'s 办事指南 suffix', () => {
    const c = catalogue('示例县民政局', [
      { level1: '企业投资项目备案', level2: '办事指南' },
      { level1: '工伤保险', level2: '工伤认定办事指南' },
      { level1: '户口登记', level2: '户口登记（包括注销、恢复、变更）' },
    ]);
    const result = matchPowers(
      [power('企业投资项目备案（市级/县级）', { code: 'A' }), power(' 工伤 认定 ', { code: 'B' }), power('户口登记【包括注销、恢复、变更】'), power('户口注销', { mainItem: '户口登记' })],
      [c],
      names,
    );
    expect([0, 1, 2, 3].map((i) => ids(result, i))).toEqual([['x-1/name'], ['x-2/name'], ['x-3/name'], ['x-3/name']]);
    expect(nameKey('企业投资项目备案（技术改造）（市级/县级）', names.levelWords)).toBe('企业投资项目备案(技术改造)');
  });

  it('keys a name or code of plain characters as the full normalisation does', () => {
    // Every CJK unified ideograph, ASCII word characters and '-': the short way; a space sends each through NFKC.
    const chunks: string[] = [];
    for (let from = 0x4e00; from <= 0x9fff; from += 512) chunks.push(String.fromCharCode(...Array.from({ length: Math.min(512, 0xa000 - from) }, (_, i) => from + i)));
    for (const text of [...chunks, 'SLX-xk_001', 'ab12']) {
      expect(nameKey(text, names.levelWords)).toBe(nameKey(`${text} `, names.levelWords));
      expect(codeKey(text)).toBe(codeKey(` ${text}`));
    }
    expect(codeKey('ｓｌｘ－ｘｋ－００１')).toBe('SLX-XK-001');
  });

  it('offers alike headings as candidates without linking them', () => {
    const c = catalogue('示例县民政局', [{ level1: '养老服务机构', level2: '养老机构名录' }, { level1: '婚姻登记' }]);
    const result = matchPowers([power('养老机构名录查询', { code: 'FW-8' })], [c], names);
    expect(result.links[0]).toEqual([]);
    expect(result.candidates[0]!.map((cand) => `${cand.ref.item.id} ${cand.heading} ${cand.score}`)).toEqual(['x-1 养老机构名录 0.83']);
  });

  it('matches names within the power\'s department, and reports stale codes only for the register\'s departments', () => {
    const civil = catalogue('示例县民政局', [{ level1: '收养登记', powerCodes: ['OLD-1'] }]);
    const police = catalogue('示例县公安局', [{ level1: '收养登记', powerCodes: ['SLX-QR-005'] }]);
    const result = matchPowers([power('收养登记', { owner: '县公安局' })], [civil, police], names);
    expect(result.links[0]!.map((l) => l.ref.catalogue.publisher.name)).toEqual(['示例县公安局']);
    expect(result.stale.map((s) => `${s.ref.catalogue.publisher.name} ${s.code}`)).toEqual(['示例县公安局 SLX-QR-005']);
  });
});

import { describe, expect, it } from 'vitest';
import { channelCell, safeHref } from '../../src/render/html/cells.js';
import { describeTimeLimit } from '../../src/model/time-limit.js';
import { catalogueCsv, catalogueJson, csvCell } from '../../src/render/html/open-data.js';
import { compileTemplates, renderSite, TemplateError } from '../../src/render/html/render.js';
import { buildSiteMap, commonRegion, placeName } from '../../src/render/html/site-map.js';
import type { OfficialRow, PublisherPage } from '../../src/render/html/types.js';
import { buildSiteModel, publisherPage } from '../../src/render/html/view-model.js';
import { attack, catalogue, HOSTILE_FIELDS, hostileCatalogue, item, renderToMap, templates, vocab } from './fixtures.js';

const page = (c = catalogue('civil.yaml', [item({ id: 'a' })]), channelStyle: 'checklist' | 'selected' = 'checklist'): PublisherPage => {
  const model = buildSiteModel([c], { vocab, generatedAt: '2024-07-01', channelStyle });
  return publisherPage(model, model.map.publishers[0]!);
};
const rows = (p: PublisherPage): OfficialRow[] => p.catalogues.flatMap((c) => c.tables.flatMap((t) => t.groups.flatMap((g) => g.rows)));

describe('the official table', () => {
  const merged = catalogue('civil.yaml', [
    item({ id: 'a', level1: '最低生活保障', level2: '政策法规文件' }),
    item({ id: 'b', level1: '最低生活保障', level2: '办事指南' }),
    item({ id: 'c', level1: '最低生活保障', level2: '审核信息' }),
    item({ id: 'd', level1: '临时救助', level2: '办事指南' }),
    item({ id: 'e', level1: '最低生活保障', level2: '资金发放' }),
  ]);

  it('merges consecutive rows of one 一级事项 into a group whose first cell spans them', () => {
    const groups = page(merged).catalogues[0]!.tables[0]!.groups;
    expect(groups.map((g) => g.rows.map((r) => [r.anchor, r.first, r.first ? r.span : '-']))).toEqual([
      [['a', true, 3], ['b', false, '-'], ['c', false, '-']],
      [['d', true, 1]],
      [['e', true, 1]],
    ]);
    const html = renderToMap([merged]).get('civil.html')!;
    expect(html.match(/<th scope="rowgroup" rowspan="3" class="l1">最低生活保障<\/th>/g)).toHaveLength(1);
    expect(html.match(/<tbody>/g)).toHaveLength(3);
    // The other rows of a group have no 一级事项 cell of their own (site.js adds one while filtering), and one-row groups no rowspan.
    expect(html.match(/class="l1">/g)).toHaveLength(3);
    expect(html).toContain('<th scope="rowgroup" class="l1">临时救助</th>');
  });

  it('has two header rows: 公开事项, 公开对象, 公开方式 and 公开层级 span their columns', () => {
    const html = renderToMap([merged]).get('civil.html')!;
    expect(html).toContain('<th scope="col" rowspan="2" class="c-num">序号</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">公开事项</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">公开对象</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">公开方式</th>');
    expect(html).toContain('<th scope="colgroup" colspan="1">公开层级</th>');
    expect(html).toContain('<th scope="col" class="c-l1">一级事项</th>');
    expect(html).not.toContain('三级事项');
  });

  it('puts √ in the audience, mode and level columns, under the local level names', () => {
    const c = catalogue('town.yaml', [item({ id: 'a', audience: '特定群体', mode: '依申请', levels: ['乡级', '村级'] })], {
      publisher: { name: '示例县示例镇人民政府', level: '乡级' },
      levelLabels: { 乡级: '镇级' },
    });
    const [row] = rows(page(c));
    expect(row!.ticks).toEqual([
      { label: '全社会', on: false },
      { label: '特定群体', on: true },
      { label: '主动', on: false },
      { label: '依申请', on: true },
      { label: '镇级', on: true },
      { label: '村级', on: true },
    ]);
    const html = renderToMap([c]).get('town.html')!;
    expect(html).toContain('<th scope="colgroup" colspan="2">公开层级</th>');
    // The column's name is the screen reader's (and the phone layout's) text; the √ is for the eye.
    expect(html).toContain('<td class="t"></td><td class="t"><i>特定群体</i><b aria-hidden="true">√</b></td><td class="t"></td><td class="t"><i>依申请</i><b aria-hidden="true">√</b></td><td class="t"><i>镇级</i>');
  });

  it('makes the 一级事项 the row header of an item without a 二级事项', () => {
    const html = renderToMap([catalogue('c.yaml', [item({ id: 'a', level1: '领导信息', level2: undefined, fiveDisclosures: ['管理公开'] })])]).get('c.html')!;
    expect(html).toContain('<th scope="row" class="l1">领导信息</th>');
    expect(html).toContain('<td class="l2"><span class="five">管理公开</span></td>');
  });

  it('adds a 三级事项 column when an item of the table has one', () => {
    const html = renderToMap([catalogue('c.yaml', [item({ id: 'a', level3: '年度计划' }), item({ id: 'b' })])]).get('c.html')!;
    expect(html).toContain('<th scope="colgroup" colspan="3">公开事项</th>');
    expect(html.match(/<td class="l3">/g)).toHaveLength(2);
  });
});

describe('the channel checklist', () => {
  const j = '\u2060';
  it('prints every option in the official order, ■ for the chosen ones and the 其他 text', () => {
    const cell = channelCell({ channels: ['政府网站', '便民服务站'], channelsOther: ['示例省政务服务网'] }, vocab, 'checklist');
    expect(cell.shown).toBe(
      `■${j}政府网站 □${j}政府公报 □${j}两微一端 □${j}发布会/${j}听证会 □${j}广播电视 □${j}纸质媒体 □${j}公开查阅点 □${j}政务服务中心 ■${j}便民服务站 ` +
        `□${j}入户/${j}现场 □${j}社区/${j}企事业单位/${j}村公示栏(电子屏) □${j}精准推送 □${j}12345政务服务热线 ■${j}其他（示例省政务服务网）`,
    );
    expect(cell.spoken).toBe('已选：政府网站、便民服务站、其他（示例省政务服务网）');
  });

  it('prints only the chosen options with --channels selected', () => {
    expect(channelCell({ channels: ['两微一端', '政府网站'] }, vocab, 'selected').shown).toBe(`■${j}政府网站 ■${j}两微一端`);
    const html = renderToMap([catalogue('c.yaml', [item({ id: 'a', channels: ['政府网站'] })])], { channelStyle: 'selected' }).get('c.html')!;
    expect(html).toContain(`<td class="channels"><span aria-hidden="true">■${j}政府网站</span><span class="sr-only">已选：政府网站</span></td>`);
  });

  it('gives each row the cells of its own channels, audiences, modes and levels, shared by the rows with the same', () => {
    const c = catalogue('c.yaml', [
      item({ id: 'a', channels: ['政府网站', '政府公报'], audience: '全社会', mode: '主动', levels: ['县级'] }),
      item({ id: 'b', channels: ['政府公报', '政府网站'], audience: '全社会', mode: '主动', levels: ['县级'] }),
      item({ id: 'c', channels: ['政府网站'], audience: ['全社会', '特定群体'], mode: '依申请', levels: ['县级', '乡级'] }),
      item({ id: 'd', channels: ['政府网站'], channelsOther: ['示例网'] }),
      item({ id: 'e', channels: ['政府网站'], channelsOther: ['另一网'] }),
    ]);
    const [a, b, cc, d, e] = rows(page(c));
    for (const row of [a!, b!, cc!, d!, e!]) {
      const source = c.items.find((i) => i.id === row.anchor)!;
      expect(row.channelsShown).toBe(channelCell(source, vocab, 'checklist').shown);
      expect(row.ticks.filter((t) => t.on).map((t) => t.label)).toEqual([...source.audience, ...source.mode, ...['县级', '乡级'].filter((l) => source.levels.includes(l))]);
    }
    expect(b!.ticks).toBe(a!.ticks);
    expect(b!.channelsShown).toBe(a!.channelsShown);
    expect(cc!.ticks).not.toEqual(a!.ticks);
    expect(d!.channelsShown).toContain('其他（示例网）');
    expect(e!.channelsShown).toContain('其他（另一网）');
  });
});

describe('safety', () => {
  it('prints hostile text in every field as text, on every page', () => {
    const files = renderToMap([hostileCatalogue()]);
    const publisher = files.get('hostile.html')!;
    for (const field of HOSTILE_FIELDS) {
      expect(publisher, field).toContain(`&lt;script&gt;window.__pwned&#x3D;&#x27;${field}&#x27;&lt;/script&gt;&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;&quot;`);
    }
    for (const [path, html] of files) {
      if (!path.endsWith('.html')) continue;
      expect(html.match(/<script\b/g), path).toEqual(['<script']);
      expect(html, path).toContain('<script src="assets/site.js" defer></script>');
      expect(html, path).not.toMatch(/<img\b/);
      expect(html, path).not.toMatch(/\son\w+=/);
      expect(html, path).not.toMatch(/href="\s*(?:javascript|data):/i);
    }
    expect(attack('x')).toContain('<script>');
  });

  it('links only http(s) and relative addresses', () => {
    for (const url of ['https://example.gov.cn/a', 'http://example.gov.cn', '/zwgk/jcgk/', 'zwgk/a.html', '../a', '#x', '?q=1', '//example.gov.cn/a']) {
      expect(safeHref(url), url).toBe(url);
    }
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'https:/x', '\\\\evil/x', '']) {
      expect(safeHref(url), JSON.stringify(url)).toBeUndefined();
    }
  });

  it('shows no 查看栏目 link for a javascript: URL', () => {
    const html = renderToMap([hostileCatalogue()]).get('hostile.html')!;
    expect(html).not.toContain('查看栏目');
    const safe = renderToMap([catalogue('c.yaml', [item({ id: 'a', url: '/zwgk/shjz/' })])]).get('c.html')!;
    expect(safe).toContain('<p class="link"><a href="/zwgk/shjz/">查看栏目</a></p>');
  });

  it('sets a Content-Security-Policy without inline script or style on every page', () => {
    for (const [path, html] of renderToMap([catalogue('c.yaml', [item({ id: 'a' })])])) {
      if (!path.endsWith('.html')) continue;
      expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; script-src &#x27;self&#x27;; style-src &#x27;self&#x27;;`);
      expect(html, path).not.toMatch(/<script>|<style|\sstyle=/);
    }
  });
});

describe('open data', () => {
  it('guards CSV cells that a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+86 10', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+86 10", "'-2", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('示例 = 1')).toBe('示例 = 1');
  });

  it('writes catalogue.csv in UTF-8 with a byte-order mark and CRLF lines, guarding every field', () => {
    const c = catalogue('c.yaml', [item({ id: 'a', level1: '=cmd|calc', content: ['@x', '+y'], note: '-1' })]);
    const csv = [...catalogueCsv(buildSiteMap([c], vocab))].join('');
    expect(csv.startsWith('\uFEFF公开主体（目录发布单位）,目录名称,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain(",'=cmd|calc,");
    expect(lines[1]).toContain(",'@x；+y,");
    expect(lines[1]).toContain(",'-1,c.html#a");
  });

  it('writes catalogue.json with each item\'s page and time-limit wording, and no local file path', () => {
    const json = JSON.parse(renderToMap([catalogue('/home/user/secret/c.yaml', [item({ id: 'a' })])]).get('catalogue.json')!);
    expect(json.generatedAt).toBe('2024-07-01');
    const first = json.publishers[0].catalogues[0];
    expect(first.file).toBeUndefined();
    expect(first.items[0]).toMatchObject({ id: 'a', page: 'c.html#a', timeLimitText: '信息形成或者变更之日起20个工作日内' });
    expect(first.items[0].index).toBeUndefined();
  });

  it('writes each item of catalogue.json as JSON.stringify of the item without its index, with timeLimitText and page after', () => {
    const c = catalogue('c.yaml', [item({ id: 'a', note: '"index":0,"id":"b" 与 \\"index\\":0' }), item({ id: 'b' }), item({ id: 'c' }), item({ id: 'd' }), item({ id: 'e' })]);
    const [a, b, d, e] = [c.items[0]!, c.items[1]!, c.items[3]!, c.items[4]!];
    // The index first, last, inside a nested value as well, and an item with a page of its own: all as the plain copy gives.
    c.items[1] = Object.assign({ index: b.index }, b);
    c.items[2] = Object.assign(Object.fromEntries(Object.entries(c.items[2]!).filter(([key]) => key !== 'index')), { index: 2 }) as typeof b;
    c.items[3] = { ...d, timeLimit: { ...(d.timeLimit as object), index: 3 } as typeof d.timeLimit };
    c.items[4] = { ...e, page: 'mine' } as typeof e;
    const map = buildSiteMap([c], vocab);
    const expected = c.items.map(({ index: _index, ...rest }) => JSON.stringify({ ...rest, timeLimitText: describeTimeLimit(rest.timeLimit), page: `c.html#${rest.id}` }));
    const text = [...catalogueJson(map, { title: 't', generatedAt: 'g', updated: 'u' })].join('');
    expect(text).toContain(`"items":[${expected.join(',')}]}`);
    expect(JSON.parse(text).publishers[0].catalogues[0].items[0].note).toBe(a.note);
  });
});

describe('pages and names', () => {
  it('names publisher pages after their catalogue files, and keeps names and anchors unique', () => {
    const a = catalogue('x/index.yaml', [item({ id: 'a' })]);
    const b = catalogue('y/index.yaml', [item({ id: 'a' })], { publisher: { name: '示例县教育局', level: '县级' } });
    const c = catalogue('z/more.yaml', [item({ id: 'a' })]);
    const map = buildSiteMap([a, b, c], vocab);
    expect(map.publishers.map((p) => [p.name, p.path, p.anchors])).toEqual([
      ['示例县教育局', 'index-2.html', [['a']]],
      ['示例县民政局', 'index-3.html', [['a'], ['a-2']]],
    ]);
    expect(map.areas).toEqual([{ name: '社会救助', path: 'area-social-assistance.html' }]);
  });

  it('gives a repeated id of a publisher the first free suffix, around ids that look like suffixes', () => {
    const files = [['a', 'a-3'], ['a'], ['a'], ['a-2']].map((ids, n) => catalogue(`c${n}.yaml`, ids.map((id) => item({ id }))));
    expect(buildSiteMap(files, vocab).publishers[0]!.anchors).toEqual([['a', 'a-3'], ['a-2'], ['a-4'], ['a-2-2']]);
  });

  it('takes the site title and region from the publishers', () => {
    expect(commonRegion(['示例省示例市示例县', '示例省示例市示例县示例镇'])).toBe('示例省示例市示例县');
    expect(commonRegion(['示例省示例市甲县', '示例省示例市乙县'])).toBe('示例省示例市');
    expect(placeName('示例省示例市示例县')).toBe('示例县');
    const html = renderToMap([catalogue('c.yaml', [item({ id: 'a' })])]).get('index.html')!;
    expect(html).toContain('<title>示例县政务公开目录</title>');
    expect(renderToMap([catalogue('c.yaml', [item({ id: 'a' })])], { title: '示例县政府信息公开' }).get('index.html')).toContain('<title>示例县政府信息公开</title>');
  });

  it('prints the date it is given, and the same input gives the same bytes', () => {
    const input = [catalogue('c.yaml', [item({ id: 'a' })])];
    const first = renderToMap(input, { generatedAt: '2031-02-03' });
    expect(first.get('index.html')).toContain('本站生成于 <time datetime="2031-02-03">2031-02-03</time>');
    expect(first.get('index.html')).toContain('更新日期：<time datetime="2024-06-30">2024-06-30</time>');
    expect(renderToMap(input, { generatedAt: '2031-02-03' })).toEqual(first);
  });

  it('stops at a name the view model does not have (strict templates), naming the template', () => {
    const set = templates();
    set.templates['partials/footer.hbs'] = '<footer>{{site.telephone}}</footer>';
    const site = renderSite([catalogue('c.yaml', [item({ id: 'a' })])], set, { vocab, generatedAt: '2024-07-01' });
    // A page comes in pieces, each made as it is read: the footer fails when its piece is reached.
    const read = (content: string | Uint8Array | Iterable<string>) => (typeof content === 'string' || content instanceof Uint8Array ? content : [...content]);
    expect(() => [...site].map((file) => read(file.content))).toThrow(TemplateError);
    set.templates['partials/footer.hbs'] = '<footer>{{#if}</footer>';
    expect(() => compileTemplates(set)).toThrow(/partials\/footer\.hbs/);
  });
});

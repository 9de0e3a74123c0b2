// Writes a synthetic gkml workspace: N catalogue files of M items each, shaped like
// examples/shili-county/catalogues/*.yaml, valid against schemas/catalogue.schema.json and clean under
// gkml's policy rules (so `gkml validate` runs every stage and exits 0).
// Deterministic (seeded), so every run measures the same bytes. Fictional place: 示例县.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so the workspace is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = [
  { name: '民政局', prefix: 'mz', areas: ['社会救助', '养老服务'] },
  { name: '人力资源和社会保障局', prefix: 'rs', areas: ['就业', '社会保险', '就业创业'] },
  { name: '卫生健康局', prefix: 'wj', areas: ['卫生健康'] },
  { name: '教育局', prefix: 'jy', areas: ['义务教育'] },
  { name: '自然资源局', prefix: 'zr', areas: ['城乡规划', '征地补偿', '国土空间规划'] },
  { name: '住房和城乡建设局', prefix: 'zj', areas: ['农村危房改造', '保障性住房', '国有土地上房屋征收与补偿', '市政服务'] },
  { name: '生态环境分局', prefix: 'hb', areas: ['生态环境'] },
  { name: '应急管理局', prefix: 'yj', areas: ['安全生产', '救灾'] },
  { name: '财政局', prefix: 'cz', areas: ['财政预决算', '涉农补贴'] },
  { name: '农业农村局', prefix: 'ny', areas: ['乡村振兴', '涉农补贴'] },
  { name: '市场监督管理局', prefix: 'sj', areas: ['食品药品监管'] },
  { name: '交通运输局', prefix: 'jt', areas: ['交通运输'] },
  { name: '文化和旅游局', prefix: 'wl', areas: ['公共文化服务', '旅游', '广播电视和网络视听'] },
  { name: '统计局', prefix: 'tj', areas: ['统计'] },
  { name: '司法局', prefix: 'sf', areas: ['公共法律服务'] },
  { name: '发展和改革局', prefix: 'fg', areas: ['重大建设项目', '公共资源交易'] },
];
const LEVEL1 = ['最低生活保障', '特困人员救助供养', '临时救助', '养老机构管理', '就业创业政策', '职业技能培训', '基本医疗保险', '公共卫生服务', '招生入学', '学生资助', '建设用地审批', '征地信息', '危房改造对象认定', '公租房保障', '排污许可', '环境影响评价', '安全生产行政执法', '灾害救助', '部门预算', '耕地地力保护补贴', '食品安全抽检', '道路运输许可', '公共文化设施', '统计数据发布', '法律援助', '项目审批核准'];
const LEVEL2 = ['政策法规文件', '办事指南', '审核信息', '资金发放', '监督检查', '行政许可', '行政处罚', '结果公示', '工作动态', '统计信息', '公示公告', '申请条件', '补助标准'];
const LEVEL3 = ['年度计划', '实施方案', '名单公示', '验收结果'];
const KINDS = ['一般', '一般', '一般', '一般', '政策文件', '舆情回应', '公众参与'];
const FIVE = ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'];
const ELEMENTS = ['办理事项', '办理条件', '申请材料', '办理流程', '办理时间和地点', '联系方式', '保障标准', '审核确认对象名单（姓名已作脱敏处理）', '保障金额', '资金发放情况', '政策文件全文', '政策解读材料', '监督电话', '投诉渠道', '收费标准及依据', '办理时限', '结果信息', '检查计划', '检查结果', '处罚决定书', '项目名称、地点、规模', '补偿标准', '安置方式', '受理单位', '评审专家名单', '年度工作报告', '预算说明', '“三公”经费情况'];
const LAWS = ['《中华人民共和国政府信息公开条例》（国务院令第711号）', '《社会救助暂行办法》（国务院令第709号）', '《中华人民共和国预算法》', '《中华人民共和国就业促进法》', '《中华人民共和国社会保险法》', '《中华人民共和国土地管理法》', '《中华人民共和国安全生产法》', '《中华人民共和国食品安全法》', '《中华人民共和国行政许可法》', '《中华人民共和国行政处罚法》', '《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）', '《最低生活保障审核确认办法》（民发〔2021〕57号）', '《养老机构管理办法》（民政部令第66号）', '《法律援助条例》（国务院令第385号）', '《统计法实施条例》（国务院令第681号）'];
const CHANNELS = ['政府网站', '政府公报', '两微一端', '发布会/听证会', '广播电视', '纸质媒体', '公开查阅点', '政务服务中心', '便民服务站', '入户/现场', '社区/企事业单位/村公示栏(电子屏)', '精准推送', '12345政务服务热线', '其他'];
const OTHER_CHANNELS = ['投资项目在线审批监管平台', '公共资源交易平台', '信用中国网站', '法律服务网', '征地信息公开平台'];
const LEVELS = ['县级', '乡级', '村级'];
const FROM = ['形成或变更', '制作或获取', '收到', '作出决定', '批准', '批复'];
const FROM_TEXT = { 形成或变更: '信息形成或者变更之日起', 制作或获取: '自制作或获取该信息之日起', 收到: '收到上级文件之日起', 作出决定: '作出行政决定之日起', 批准: '批准之日起', 批复: '批复后' };
const OFFICES = ['办公室', '政策法规股', '社会救助股', '养老服务股', '行政审批股', '综合执法大队', '财务股', '规划股'];
const RETENTION = ['长期', '任期内', '最新有效', '5年'];

/** A small helper bag around one seeded generator. */
function picker(seed) {
  const next = random(seed);
  const int = (n) => Math.floor(next() * n);
  const one = (list) => list[int(list.length)];
  const some = (list, min, max) => {
    const pool = [...list];
    const count = Math.min(pool.length, min + int(max - min + 1));
    const out = [];
    for (let i = 0; i < count; i++) out.push(pool.splice(int(pool.length), 1)[0]);
    return out;
  };
  return { next, int, one, some, chance: (p) => next() < p };
}

const flow = (list) => `[${list.join(', ')}]`;

function timeLimit(p) {
  const r = p.next();
  if (r < 0.08) return 'timeLimit: 实时';
  if (r < 0.5) {
    const from = p.one(FROM);
    const workdays = p.one([3, 5, 7, 10, 15, 20]);
    return `timeLimit: { workdays: ${workdays}, from: ${from}, text: ${FROM_TEXT[from]}${workdays}个工作日内 }`;
  }
  if (r < 0.7) {
    const from = p.one(FROM);
    return `timeLimit:\n      workdays: ${p.one([5, 10, 20])}\n      from: ${from}`;
  }
  if (r < 0.8) return `timeLimit: { days: 20, from: 批复, text: 批复后20日内 }`;
  if (r < 0.87) return `timeLimit: { deadline: '${p.one(['01-31', '03-31', '06-30', '12-31'])}', periodic: 每年 }`;
  return `timeLimit: { periodic: ${p.one(['每日', '每周', '每月', '每季度', '每半年', '每年'])} }`;
}

const itemId = (department, index) => `${department.prefix}-${String(index + 1).padStart(4, '0')}`;

/**
 * Item `index`; `kind` is forced for the first item (the budget every budget unit publishes) and for
 * the 政策解读 that follows each 政策文件 (谁起草、谁解读, published in sync with it).
 */
function item(p, department, index, kind) {
  const id = itemId(department, index);
  const lines = [`  - id: ${id}`];
  const add = (line) => lines.push(`    ${line}`);
  const budget = index === 0;
  add(`area: ${budget ? '财政预决算' : p.one(department.areas)}`);
  add(`level1: ${budget ? '部门预算' : p.one(LEVEL1)}`);
  // Names are unique within the catalogue, as the unique-item-name rule asks.
  add(`level2: ${budget ? '预算公开' : `${p.one(LEVEL2)}（${index + 1}）`}`);
  if (p.chance(0.15)) add(`level3: ${p.one(LEVEL3)}`);
  if (kind) add(`kind: ${kind}`);
  if (kind === '政策解读') add(`interprets: [${itemId(department, index - 1)}]`);
  add(`fiveDisclosures: ${flow(p.some(FIVE, 1, 2))}`);
  const content = p.some(ELEMENTS, 3, 10);
  if (p.chance(0.5)) add(`content: ${flow(content)}`);
  else add(`content:\n${content.map((c) => `      - ${c}`).join('\n')}`);
  const basis = p.some(LAWS, 1, 4);
  if (p.chance(0.6)) add(`basis:\n${basis.map((b) => `      - ${b}`).join('\n')}`);
  else add(`basis: ${basis[0]}`);
  if (p.chance(0.3)) add(`clause: 第${p.one(['十九', '二十', '二十一', '二十六'])}条第（${p.one(['一', '二', '三'])}）项`);
  if (kind === '政策解读') add(`timeLimit: { workdays: 5, from: 制作或获取, syncWith: ${itemId(department, index - 1)}, text: 与政策文件同步发布，时间跨度不超过5个工作日 }`);
  else add(timeLimit(p));
  if (p.chance(0.15)) add(`postingPeriod: { workdays: 7, text: 公示7个工作日 }`);
  if (p.chance(0.2)) add(`retention: ${p.one(RETENTION)}`);
  if (p.chance(0.3)) add(`owner: 示例县${p.one(DEPARTMENTS).name}`);
  if (p.chance(0.5)) add(`office: ${p.one(OFFICES)}`);
  const channels = p.some(CHANNELS, 1, 5);
  add(`channels: ${flow(channels)}`);
  if (channels.includes('其他') || p.chance(0.1)) add(`channelsOther: [${p.one(OTHER_CHANNELS)}]`);
  add(`audience: ${p.chance(0.8) ? '全社会' : '特定群体'}`);
  add(`mode: ${p.chance(0.9) ? '主动' : '依申请'}`);
  add(`levels: ${flow(p.some(LEVELS, 1, 2))}`);
  if (p.chance(0.1)) add(`powerCodes: ['${String(11_000_000 + p.int(900_000))}']`);
  if (p.chance(0.2)) add(`url: /xxgk/${department.prefix}/${p.int(100)}/`);
  if (p.chance(0.1)) add(`note: 涉及个人隐私的信息依法不予公开。`);
  return lines.join('\n');
}

/** One error a clerk could make, as text to splice into an item: each yields exactly one finding. */
const MISTAKES = [
  (text) => text.replace(/channels: \[/, 'channels: [政府门户网站, '), // a channel variant not in the checklist
  (text) => text.replace(/\n {4}level1: /, '\n    levle1: 示例\n    level1: '), // a misspelt key
  (text) => text.replace(/\n {4}mode: \S+/, '\n    mode: 主动公开'), // an unofficial word
];

/** The text of catalogue file number `fileIndex` with `items` items; `mistake` ≥ 0 plants one error. */
export function catalogueText(fileIndex, items, mistake = -1) {
  const p = picker(0x5eed + fileIndex * 7919);
  const department = DEPARTMENTS[fileIndex % DEPARTMENTS.length];
  const unit = `示例县${department.name}`;
  const head = [
    '# yaml-language-server: $schema=../../../../schemas/catalogue.schema.json',
    `# ${unit} 基层政务公开标准目录 — synthetic benchmark data (fictional).`,
    'catalogueType: 基层政务公开标准目录',
    `title: ${unit}基层政务公开标准目录（第${fileIndex + 1}册）`,
    'version: 2024版',
    `date: '2024-${String(1 + (fileIndex % 12)).padStart(2, '0')}-${String(1 + (fileIndex % 28)).padStart(2, '0')}'`,
    'publisher:',
    `  name: ${unit}`,
    '  level: 县级',
    '  region: 示例省示例市示例县',
    '  budgetUnit: true',
    '  office: 办公室',
    '  contact:',
    `    phone: 0000-${String(1_000_000 + fileIndex).slice(-7)}`,
    '    address: 示例县人民路1号',
    'items:',
  ];
  const body = [];
  let previous;
  for (let i = 0; i < items; i++) {
    const kind = previous === '政策文件' ? '政策解读' : i > 0 && i < items - 1 && p.chance(0.5) ? p.one(KINDS) : undefined;
    previous = kind;
    let text = item(p, department, i, kind);
    if (mistake >= 0 && i === Math.floor(items / 2)) text = MISTAKES[mistake % MISTAKES.length](text);
    body.push(text);
  }
  return `${head.join('\n')}\n${body.join('\n')}\n`;
}

/**
 * Writes `files` catalogues of `itemsPerFile` items under `dir`/catalogues (replacing what was there)
 * plus a gkml.config.yaml. `invalidEvery` > 0 plants one error in every n-th file.
 */
export function generateWorkspace(dir, { files, itemsPerFile, invalidEvery = 0 }) {
  rmSync(dir, { recursive: true, force: true });
  const catalogues = join(dir, 'catalogues');
  mkdirSync(catalogues, { recursive: true });
  writeFileSync(join(dir, 'gkml.config.yaml'), 'catalogues:\n  - catalogues/*.yaml\n');
  let bytes = 0;
  let invalid = 0;
  for (let f = 0; f < files; f++) {
    const planted = invalidEvery > 0 && f % invalidEvery === invalidEvery - 1;
    const text = catalogueText(f, itemsPerFile, planted ? invalid : -1);
    if (planted) invalid++;
    const buffer = Buffer.from(text, 'utf8');
    bytes += buffer.length;
    writeFileSync(join(catalogues, `catalogue-${String(f + 1).padStart(4, '0')}.yaml`), buffer);
  }
  return { dir, files, items: files * itemsPerFile, bytes, invalidFiles: invalid };
}

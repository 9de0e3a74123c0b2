/** A small 示例县民政局 workspace for the diff tests: one catalogue, one CSV register, each gap planted once. */

function item(id: string, fields: string): string {
  return `  - id: ${id}
    area: 养老服务
${fields.replace(/^/gm, '    ')}
    content: [办理条件]
    channels: [政府网站]
    audience: 全社会
    mode: 主动
    levels: [县级]
`;
}

const tl = (days: number) => `timeLimit: { workdays: ${days}, from: 作出决定 }`;

/** The catalogue; each item is there for one finding (see the comments). */
export const CATALOGUE = `catalogueType: 基层政务公开标准目录
publisher:
  name: 示例县民政局
  level: 县级
items:
${[
  item('a-1', `level1: 最低生活保障\nlevel2: 办事指南\nfiveDisclosures: [服务公开]\n${tl(10)}\npowerCodes: [SLX-GF-001]`), // complete
  item('a-2', `level1: 养老机构监管\nlevel2: 监督检查\nfiveDisclosures: [管理公开]\n${tl(10)}\npowerCodes: [SLX-JC-001]`), // 检查 without 结果公开
  item('a-3', `level1: 养老机构监管\nlevel2: 行政处罚\nfiveDisclosures: [结果公开]\n${tl(20)}\npowerCodes: [SLX-CF-001]`), // result after 20 working days
  item('a-4', `level1: 特困人员救助供养\nlevel2: 审批信息\nfiveDisclosures: [结果公开]\n${tl(10)}\npowerCodes: [SLX-QR-001, SLX-GF-002]`), // no 服务公开; GF-002 stale
  item('a-5', `level1: 社会救助\nlevel2: 临时救助金申领\nfiveDisclosures: [服务公开]\n${tl(10)}\npowerCodes: [SLX-GF-003]`), // renamed in the list
  item('a-6', `level1: 养老机构备案\nlevel2: 办事指南\nfiveDisclosures: [服务公开]\n${tl(10)}\nowner: 示例县养老服务中心\npowerCodes: [SLX-QT-001]`), // another owner
  item('a-7', `level1: 婚姻登记\nlevel2: 办事指南\nfiveDisclosures: [服务公开]\n${tl(10)}`), // same name, no code
  item('a-8', `level1: 养老服务机构\nlevel2: 养老机构名录\nfiveDisclosures: [服务公开]\n${tl(10)}`), // a candidate only
].join('')}`;

export const REGISTER = [
  '事项编码,事项名称,权力类型,实施主体,承办机构',
  'SLX-GF-001,最低生活保障金给付,行政给付,示例县民政局,社会救助股',
  'SLX-JC-001,对养老机构的监督检查,行政监督,示例县民政局,养老服务股',
  'SLX-CF-001,对养老机构违法行为的处罚,行政处罚,示例县民政局,养老服务股',
  'SLX-QR-001,特困人员救助供养,行政确认,示例县民政局,社会救助股',
  'SLX-GF-003,临时救助金给付,行政给付,示例县民政局,社会救助股',
  'SLX-QT-001,养老机构备案,其他职权,示例县民政局,养老服务股',
  'SLX-QR-011,婚姻登记,行政确认,示例县民政局,婚姻登记处',
  'SLX-FW-008,养老机构名录查询,公共服务,示例县民政局,养老服务股',
  'SLX-XK-002,慈善组织公开募捐资格审批,行政审批,示例县民政局,社会组织管理股',
  'SLX-FW-008,慈善组织信息查询,公共服务,示例县民政局,社会组织管理股',
].join('\n');

export const CONFIG = `catalogues: [catalogues/*.yaml]
register:
  files: [registers/r.csv]
`;

export function workspaceFiles(overrides: Partial<Record<'catalogue' | 'register' | 'config', string>> = {}): Record<string, string> {
  return {
    'gkml.config.yaml': overrides.config ?? CONFIG,
    'catalogues/c.yaml': overrides.catalogue ?? CATALOGUE,
    'registers/r.csv': overrides.register ?? REGISTER,
  };
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

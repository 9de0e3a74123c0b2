import { Document, isMap, isSeq, visit } from 'yaml';

/** One starter item as vocab/standard-items.yaml holds it; `interprets` and `syncWith` name items by position (1-based). */
export type StarterItem = Record<string, unknown>;

export interface StarterArea {
  prefix: string;
  items: StarterItem[];
}

export interface ScaffoldOptions {
  publisher: string;
  level: string;
  area: string;
  catalogueType: string;
  /** The catalogue schema relative to catalogues/ (the files' modeline) and to the workspace (editor settings). */
  catalogueSchema: string;
  catalogueSchemaFromRoot: string;
  /** The config schema relative to the workspace. */
  configSchema: string;
  /** yyyy-mm-dd, passed in: the scaffold never reads the clock. */
  date: string;
}

const LEVELS = ['省级', '市级', '县级', '乡级', '村级'];

/** The files of a new workspace, path → content; the CLI writes them. */
export function scaffold(options: ScaffoldOptions, starter: StarterArea, fileName: string): Record<string, string> {
  return {
    'gkml.config.yaml': config(options, fileName),
    [`catalogues/${fileName}`]: catalogue(options, starter),
    '.vscode/settings.json': `${JSON.stringify({ 'yaml.schemas': { [options.catalogueSchemaFromRoot]: 'catalogues/**/*.yaml', [options.configSchema]: 'gkml.config.yaml' } }, null, 2)}\n`,
    '.gitignore': '# gkml build output and its cache\n/public/\n/.gkml-cache/\n/reports/\n',
    '.github/workflows/gkml.yml': workflow(),
  };
}

function config(options: ScaffoldOptions, fileName: string): string {
  return [
    `# yaml-language-server: $schema=${options.configSchema}`,
    `# ${options.publisher} 的 gkml 工作区。配置说明见 gkml 的 docs/config.md。`,
    'catalogues:',
    '  - catalogues/**/*.yaml',
    'lang: zh',
    'failLevel: error',
    '# 起草阶段可改为 draft：五公开等完整性问题只作警告。',
    'profile: publish',
    '# gkml build：网站、工作簿和报告都写入 public/（完成后整体替换），报告另存 JUnit 和 SARIF 供 CI 使用。',
    'build:',
    '  out: public',
    '  reports: [json, junit, sarif]',
    `# 新增公开主体时，在 catalogues/ 下再建一个文件，如 ${fileName.replace(/\.yaml$/, '')}-2.yaml。`,
    '',
  ].join('\n');
}

function catalogue(options: ScaffoldOptions, starter: StarterArea): string {
  const id = (position: unknown) => `${starter.prefix}-${String(position).padStart(3, '0')}`;
  const own = LEVELS.indexOf(options.level);
  const items = starter.items.map((template, index) => {
    const item: Record<string, unknown> = { id: id(index + 1), area: options.area, ...template };
    if (Array.isArray(template.interprets)) item.interprets = template.interprets.map(id);
    const limit = template.timeLimit as Record<string, unknown> | undefined;
    if (limit && limit.syncWith !== undefined) item.timeLimit = { ...limit, syncWith: id(limit.syncWith) };
    // No item may carry a level above its publisher's (rule audience-mode-level).
    const levels = (template.levels as string[]).filter((l) => LEVELS.indexOf(l) >= own);
    item.levels = levels.length > 0 ? levels : [options.level];
    return item;
  });
  const document = new Document({
    catalogueType: options.catalogueType,
    title: `${options.publisher}${options.area}领域${options.catalogueType}`,
    version: `${options.date.slice(0, 4)}版`,
    date: options.date,
    publisher: { name: options.publisher, level: options.level },
    items,
  });
  // Short lists on one line, as people write them: [政府网站, 便民服务站].
  visit(document, {
    Seq(_, node) {
      if (node.items.every((x) => !isMap(x) && !isSeq(x))) node.flow = true;
    },
    Map(_, node, path) {
      if (path.length > 0 && isSeq(path[path.length - 1]) === false && node.items.length <= 3) node.flow = true;
    },
  });
  const header = [
    `# yaml-language-server: $schema=${options.catalogueSchema}`,
    `# ${options.publisher} ${options.catalogueType}：由 gkml init 按 ${options.area} 领域的标准事项生成，请按本单位实际补充、修改。`,
  ].join('\n');
  return `${header}\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

function workflow(): string {
  return `# 每次提交时运行 gkml build：检查目录并生成网站和 Excel；报告以 JUnit 和 SARIF 格式保存。
name: gkml
on: [push, pull_request]
jobs:
  catalogue:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # 检查、比对权责清单，生成网站、工作簿和报告（public/reports/ 中有 JUnit 和 SARIF）。
      - run: npx --yes gkml build
      - if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: public/reports/gkml.sarif
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: gkml-public
          path: public/
`;
}

#!/usr/bin/env node
// Builds schemas/catalogue.schema.json from the vocabularies in vocab/, so the enums an editor offers
// can never drift from the data gkml checks against. `npm run schema` rewrites it; a test fails when the
// committed file differs from what this script would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (name) => parse(readFileSync(`${root}vocab/${name}`, 'utf8'));

export function buildCatalogueSchema() {
  const { areas } = read('areas.yaml');
  const { channels } = read('channels.yaml');
  const terms = read('terms.yaml');
  const oneOrMany = (title, description, values) => ({
    title,
    description,
    type: ['string', 'array'],
    if: { type: 'string' },
    then: { enum: values },
    else: { items: { enum: values }, minItems: 1, uniqueItems: true },
  });
  const text = (title, description) => ({ title, description, type: 'string', minLength: 1 });
  const textList = (title, description) => ({
    title,
    description,
    type: ['string', 'array'],
    if: { type: 'string' },
    then: { minLength: 1 },
    else: { items: { type: 'string', minLength: 1 }, minItems: 1 },
  });
  const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' };
  // strictRequired: each anyOf branch names the property it requires.
  const requireOne = (...keys) => keys.map((k) => ({ required: [k], properties: { [k]: true } }));
  const workdays = { title: '工作日数', description: '以工作日计的期限（法定节假日、调休按国务院办公厅通知计算）。', type: 'integer', minimum: 0, maximum: 366 };
  const days = { title: '自然日数', description: '以自然日计的期限（如预算法“批复后20日内”）。', type: 'integer', minimum: 0, maximum: 366 };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:gkml:schema:catalogue:1',
    title: '政务公开目录（gkml 目录文件）',
    description: '一个公开主体的主动公开基本目录或基层政务公开标准目录。字段名为英文，取值用官方中文用语。',
    type: 'object',
    required: ['catalogueType', 'publisher', 'items'],
    additionalProperties: false,
    properties: {
      catalogueType: { title: '目录类型', description: '主动公开基本目录（部门）或基层政务公开标准目录（县、乡）。', enum: terms.catalogueTypes.values },
      title: text('目录标题', '发布时的标题，如“示例县民政局主动公开基本目录（2024版）”。'),
      version: text('版本', '如“2024版”。请加引号，避免被当作数字。'),
      date: { title: '发布或更新日期', description: '格式 YYYY-MM-DD。', type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
      publisher: { $ref: '#/definitions/publisher' },
      levelLabels: {
        title: '层级列名',
        description: '渲染表格时层级列使用的本地叫法，如 县级: 区级、乡级: 镇街级。',
        type: 'object',
        propertyNames: { enum: terms.levels.values },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      notApplicableAreas: {
        title: '未涉及领域事项说明',
        description: '本主体不承担的试点领域及原因（乡镇目录常见）。',
        type: 'array',
        items: {
          type: 'object',
          required: ['area', 'reason'],
          additionalProperties: false,
          properties: { area: { $ref: '#/definitions/area' }, reason: text('原因', '为什么未涉及该领域。') },
        },
      },
      items: { title: '公开事项', description: '目录中的全部事项，每项对应表格中的一行。', type: 'array', minItems: 1, items: { $ref: '#/definitions/item' } },
    },
    definitions: {
      area: {
        title: '试点领域',
        description: '26个试点领域及后续领域之一；旧称（如 环境保护）可用，gkml 按现名（生态环境）处理。',
        enum: areas.flatMap((a) => [a.name, ...a.aliases]),
      },
      publisher: {
        title: '公开主体',
        description: '编制并发布本目录的行政机关或乡镇人民政府（街道办事处）。',
        type: 'object',
        required: ['name', 'level'],
        additionalProperties: false,
        properties: {
          name: text('名称', '公开主体全称，如“示例县民政局”。'),
          level: { title: '行政层级', description: '公开主体所在层级。', enum: terms.levels.values },
          region: text('行政区域', '如“示例省示例市示例县”。'),
          creditCode: { title: '统一社会信用代码', description: '18位统一社会信用代码（GB 32100）。', type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
          budgetUnit: { title: '是否预算单位', description: '预算单位须公开财政预决算。', type: 'boolean' },
          office: text('信息公开工作机构', '负责政府信息公开日常工作的机构。'),
          contact: {
            title: '联系方式',
            type: 'object',
            additionalProperties: false,
            properties: {
              phone: text('电话', '咨询电话。'),
              address: text('地址', '办公地址。'),
              email: text('电子邮箱', '电子邮箱。'),
              hours: text('办公时间', '办公时间。'),
            },
          },
        },
      },
      item: {
        title: '公开事项',
        type: 'object',
        required: ['id', 'level1', 'content', 'fiveDisclosures', 'timeLimit', 'channels', 'audience', 'mode', 'levels'],
        additionalProperties: false,
        properties: {
          id: { ...id, title: '事项编号', description: '本目录内唯一、稳定的编号（字母、数字、点、横线），网页锚点和引用都用它。' },
          area: { $ref: '#/definitions/area' },
          category: text('事项类别', '部门目录的分类，如“机构职能信息”。'),
          level1: text('一级事项', '公开事项的一级名称。'),
          level2: text('二级事项', '公开事项的二级名称。'),
          level3: text('三级事项', '公开事项的三级名称（部分目录使用）。'),
          kind: { title: '事项性质', description: '一般、政策文件、政策解读、舆情回应或公众参与；缺省为一般。', enum: terms.itemKinds.values },
          fiveDisclosures: {
            title: '五公开',
            description: '决策公开、执行公开、管理公开、服务公开、结果公开中的一项或多项。',
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: terms.fiveDisclosures.values },
          },
          content: textList('公开内容（要素）', '须公开的具体内容要素。'),
          basis: textList('公开依据', '法律法规和政策文件，书名用《》，文号如 国办发〔2019〕54号。'),
          clause: text('条款内容', '依据中的具体条款，如“第二十条第（二）项”。'),
          timeLimit: { $ref: '#/definitions/timeLimit' },
          postingPeriod: { $ref: '#/definitions/period' },
          retention: text('公开时长', '信息保留公开的时间，如“长期”“任期内”。不是公开时限。'),
          owner: text('公开主体', '负责公开的机关；缺省为本目录的公开主体。'),
          office: text('责任科室', '承办的内设机构。'),
          channels: {
            title: '公开渠道和载体',
            description: '从官方清单中选择；清单外的渠道写在 channelsOther。',
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: channels.map((c) => c.name) },
          },
          channelsOther: {
            title: '其他渠道',
            description: '官方清单之外的渠道，如“投资项目在线审批监管平台”。',
            type: 'array',
            items: { type: 'string', minLength: 1 },
          },
          audience: oneOrMany('公开对象', '全社会或特定群体。', terms.audiences.values),
          mode: oneOrMany('公开方式', '主动或依申请。', terms.modes.values),
          levels: {
            title: '公开层级',
            description: '承担公开义务的层级，可多选。',
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: terms.levels.values },
          },
          interprets: {
            title: '解读的文件',
            description: '政策解读事项所解读的政策文件事项编号。',
            type: 'array',
            items: { ...id, title: '事项编号' },
          },
          powerCodes: {
            title: '权责清单事项编码',
            description: '本事项覆盖的权责清单事项编码。',
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', minLength: 1 },
          },
          url: {
            title: '链接',
            description: 'http(s) 地址或站内相对地址。',
            type: 'string',
            pattern: '^(?:https?://\\S+|(?![A-Za-z][A-Za-z0-9+.-]*:)\\S+)$',
          },
          note: text('备注', '备注。'),
        },
      },
      timeLimit: {
        title: '公开时限',
        description: '“实时”“及时”，或结构化写法，如 { workdays: 20, from: 形成或变更 }。',
        type: ['string', 'object'],
        if: { type: 'string' },
        then: { enum: terms.timeLimitShorthands.values },
        else: {
          additionalProperties: false,
          properties: {
            workdays,
            days,
            from: { title: '起算事件', description: '从什么时候开始计算。', enum: terms.timeLimitFrom.values },
            syncWith: { ...id, title: '同步的事项', description: '与哪个事项同步公开（如政策解读与其政策文件）。' },
            deadline: { title: '每年截止日期', description: '每年固定截止日，格式 MM-DD，如 01-31。', type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' },
            periodic: { title: '更新周期', description: '每日、每周、每月、每季度、每半年或每年。', enum: terms.periods.values },
            text: text('原文表述', '表格中显示的时限原文，如“信息形成或者变更之日起20个工作日内”。'),
          },
          anyOf: requireOne('workdays', 'days', 'deadline', 'periodic'),
          dependencies: { syncWith: ['workdays'] },
        },
      },
      period: {
        title: '公示期',
        description: '信息公开后须保持公示的期限，如 { workdays: 7 }。不是公开时限。',
        type: 'object',
        additionalProperties: false,
        properties: { workdays, days, text: text('原文表述', '如“公示7个工作日”。') },
        anyOf: requireOne('workdays', 'days'),
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${root}schemas/catalogue.schema.json`, `${JSON.stringify(buildCatalogueSchema(), null, 2)}\n`);
}

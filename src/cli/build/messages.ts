import type { Lang } from '../../core/messages.js';

/** What `gkml build` says besides the findings and the summary, in each language. */
export const buildText = {
  zh: {
    stages: { scan: '读取工作区', validate: '检查目录', diff: '比对权责清单', plan: '规划输出', workbooks: '生成工作簿', write: '写出文件', cache: '保存缓存', print: '显示结果' },
    cacheNotSaved: (reason: string) => `注意：缓存没有保存（${reason}），下次构建会重新检查全部文件。`,
    templateFailed: (template: string, reason: string, out: string) => `模板出错（${template}）：${reason}\n这次没有写出任何文件，${out} 保持原样。`,
  },
  en: {
    stages: { scan: 'Reading the workspace', validate: 'Checking catalogues', diff: 'Diffing the register', plan: 'Planning outputs', workbooks: 'Making workbooks', write: 'Writing files', cache: 'Saving the cache', print: 'Printing findings' },
    cacheNotSaved: (reason: string) => `Note: the cache was not saved (${reason}); the next build checks every file again.`,
    templateFailed: (template: string, reason: string, out: string) => `Template error (${template}): ${reason}\nNothing was written; ${out} is unchanged.`,
  },
} satisfies Record<Lang, unknown>;

export type BuildStage = keyof (typeof buildText)['zh']['stages'];

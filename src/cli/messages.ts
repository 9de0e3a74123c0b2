import type { Lang } from '../core/messages.js';

/** Text the CLI prints itself (not findings). */
export const cliText = {
  unknownFormat: { zh: (name: string, all: string) => `不认识的输出格式“${name}”。可用：${all}。`, en: (name: string, all: string) => `Unknown format "${name}". Available: ${all}.` },
  badOutput: { zh: (spec: string) => `--output 的写法应为 格式:路径，如 json:reports/gkml.json（这里是“${spec}”）。`, en: (spec: string) => `--output takes format:path, such as json:reports/gkml.json (got "${spec}").` },
  cannotWrite: { zh: (path: string, reason: string) => `无法写入 ${path}：${reason}`, en: (path: string, reason: string) => `Cannot write ${path}: ${reason}` },
  badNumber: { zh: (flag: string, value: string) => `${flag} 需要一个非负整数（这里是“${value}”）。`, en: (flag: string, value: string) => `${flag} takes a whole number (got "${value}").` },
  tooManyWarnings: { zh: (n: number, max: number) => `警告有 ${n} 个，超过了 --max-warnings ${max}。`, en: (n: number, max: number) => `${n} warnings, more than --max-warnings ${max}.` },
  baselineNeedsPath: {
    zh: '--update-baseline 需要基线文件的路径，如 --update-baseline gkml-baseline.json（或同时写 --baseline <文件>）。',
    en: '--update-baseline needs the baseline file, such as --update-baseline gkml-baseline.json (or give --baseline <file>).',
  },
  baselineWritten: {
    zh: (path: string, n: number) => `已把当前的 ${n} 个问题写入基线文件 ${path}。今后加 --baseline ${path} 运行，只会报告新出现的问题。`,
    en: (path: string, n: number) => `Wrote the current ${n} findings to the baseline ${path}. Run with --baseline ${path} to see only new findings.`,
  },
  bug: {
    zh: 'gkml 内部出错了，这不是您的问题。请把下面的信息和所用的命令报告给 gkml 的维护者：',
    en: 'gkml hit an internal error; this is not your fault. Please report it with the command you ran and the text below:',
  },
} satisfies Record<string, Record<Lang, unknown>>;

/** --lang from argv, read before commander runs so that even argument errors speak the user's language. */
export function langFromArgv(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at === -1 ? env.GKML_LANG : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'en' ? 'en' : 'zh';
}

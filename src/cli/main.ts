import { CommanderError } from 'commander';
import { EXIT, isUserError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import type { CliIo } from './io.js';
import { cliText, langFromArgv } from './messages.js';
import { buildProgram } from './program.js';
import { packageVersion } from './version.js';

export type { CliIo } from './io.js';

/**
 * Runs one gkml command and returns its exit code: 0 clean, 1 findings, 2 usage, config or input
 * error, or a crash. Never calls process.exit; user errors never show a stack trace.
 */
export async function main(io: CliIo): Promise<number> {
  const lang = langFromArgv(io.argv, io.env);
  let exitCode: number = EXIT.clean;
  const program = buildProgram(io, packageVersion(), (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(io, error, lang);
  }
}

function reportError(io: CliIo, error: unknown, lang: Lang): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.clean;
    io.stderr.write(`${commanderMessage(error, lang)}\n`);
    return EXIT.failure;
  }
  if (isUserError(error)) {
    io.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  const debug = io.argv.includes('--debug');
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : `${error.name}: ${error.message}`) : String(error);
  io.stderr.write(`${cliText.bug[lang]}\n${detail}\n`);
  return EXIT.failure;
}

const COMMANDER_ZH: Record<string, (m: string) => string> = {
  'commander.unknownOption': (m) => `不认识的选项 ${quoted(m)}。`,
  'commander.unknownCommand': (m) => `不认识的命令 ${quoted(m)}。`,
  'commander.missingArgument': (m) => `缺少参数 ${quoted(m)}。`,
  'commander.optionMissingArgument': (m) => `选项 ${quoted(m)} 需要一个值。`,
  'commander.invalidArgument': (m) => `参数取值不对：${m.replace(/^error: /, '')}`,
  'commander.excessArguments': () => '参数太多了。',
  'commander.missingMandatoryOptionValue': (m) => `缺少必需的选项 ${quoted(m)}。`,
  'commander.conflictingOption': (m) => `选项冲突：${m.replace(/^error: /, '')}`,
};

/** Commander's messages in the user's language, each with the way to the help. */
function commanderMessage(error: CommanderError, lang: Lang): string {
  const hint = lang === 'zh' ? '运行 gkml --help 查看用法。' : 'Run gkml --help for usage.';
  const zh = COMMANDER_ZH[error.code];
  const text = lang === 'zh' && zh ? zh(error.message) : error.message.replace(/^error: /, '');
  return `${text}\n${hint}`;
}

function quoted(message: string): string {
  return /'[^']*'/.exec(message)?.[0] ?? '';
}

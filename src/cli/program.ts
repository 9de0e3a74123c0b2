import { Command, Option } from 'commander';
import { commands } from './commands/index.js';
import type { CliIo } from './io.js';

/** Called by a command's action with its exit code. */
export type Done = (exitCode: number) => void;

/** Defines one subcommand on `program`; its action imports the command's module on demand. */
export type CommandDefinition = (program: Command, io: CliIo, done: Done) => void;

/** The command tree. Actions load their modules on demand so `gkml --help` stays instant. */
export function buildProgram(io: CliIo, version: string, done: Done): Command {
  const program = new Command('gkml')
    .description('gkml（公开目录）：检查、比对并发布政务公开目录 — validate, diff and publish disclosure catalogues')
    .version(version, '-V, --version', '显示版本 (show version)')
    .helpOption('-h, --help', '显示帮助 (show help)')
    .helpCommand('help [command]', '显示某个命令的帮助 (help for a command)')
    .addOption(new Option('--lang <lang>', '报告语言 (language): zh | en').choices(['zh', 'en']))
    .option('--debug', '出错时显示调试信息 (show stack traces of internal errors)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
  for (const define of commands) define(program, io, done);
  // Subcommands inherit the overrides so their errors come back to main() too.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput(program.configureOutput());
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineDiffRegister: CommandDefinition = (program, io, done) => {
  program
    .command('diff-register')
    .description('比较权责清单的两个版本（动态调整）：新增、取消、调整、下放，以及要修改的目录事项 (the adjustment between two versions of a power list)')
    .argument('<old>', '旧版清单：.xlsx、.csv 或 YAML/JSON (the older list)')
    .argument('<new>', '新版清单 (the newer list)')
    .argument('[catalogues...]', '目录文件、文件夹或工作区；缺省取 gkml.config.yaml 的 catalogues，没有配置时不查目录 (catalogues)')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format): stylish | json | markdown，或 validate 的格式').default('stylish'))
    .option('-o, --output <format:path...>', '另外写入文件，如 markdown:reports/adjust.md、sarif:reports/adjust.sarif (also write a report file)')
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .addOption(new Option('--fail-level <severity>', '达到该级别即以 1 退出 (exit 1 at this severity)').choices(['error', 'warning', 'info']))
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .action(async (before: string, after: string, catalogues: string[], _options, command) => {
      const { runDiffRegister } = await import('./diff-register.js');
      done(await runDiffRegister(io, before, after, catalogues, command.optsWithGlobals()));
    });
};

import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineDiff: CommandDefinition = (program, io, done) => {
  program
    .command('diff')
    .description('把目录与权责清单比对：哪些权力没有公开事项、缺哪类公开、哪些编码已过期 (diff the catalogues against a power list)')
    .argument('[catalogues...]', '目录文件、文件夹或工作区；缺省取 gkml.config.yaml 的 catalogues (catalogues)')
    .option('--register <files...>', '权责清单：.xlsx、.csv（UTF-8 或 GBK）或 YAML/JSON；缺省取 register.files。写在目录参数之后 (register files; put them after the catalogues)')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format): stylish | json | markdown，或 validate 的格式').default('stylish'))
    .option('-o, --output <format:path...>', '另外写入文件，如 xlsx:reports/diff.xlsx、markdown:reports/diff.md (also write a report file)')
    .option('--fail-under <pct>', '覆盖率低于该百分比时以 1 退出 (exit 1 below this coverage %)')
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .addOption(new Option('--fail-level <severity>', '达到该级别即以 1 退出 (exit 1 at this severity)').choices(['error', 'warning', 'info']))
    .option('--baseline <file>', '忽略基线文件中已记录的问题，只报告新问题 (report only findings not in the baseline)')
    .option('--update-baseline [file]', '把当前全部问题写入基线文件后退出 (write the current findings as the baseline)')
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .action(async (paths: string[], _options, command) => {
      const { runDiff } = await import('./diff.js');
      done(await runDiff(io, paths, command.optsWithGlobals()));
    });
};

import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineAudit: CommandDefinition = (program, io, done) => {
  program
    .command('audit')
    .description('按目录事项的公开时限核对公开记录：按时、逾期几个工作日或缺失 (check a publication log against the time limits)')
    .argument('[paths...]', '目录文件、文件夹或工作区；缺省取 gkml.config.yaml 的 catalogues (catalogues)')
    .requiredOption('--log <file>', '公开记录：CSV（UTF-8 或 GBK）或 xlsx，列有事项编号、形成或变更日期、公开日期、链接 (the publication log)')
    .option('--sheet <name>', 'xlsx 公开记录用哪个工作表，缺省第一个 (worksheet)')
    .option('--as-of <date>', '核对日期，缺省今天：此前到期仍未公开的算缺失 (audit date)')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format): stylish | json，或 validate 的格式').default('stylish'))
    .option('-o, --output <format:path...>', '另外写入文件，如 xlsx:reports/audit.xlsx、json:reports/audit.json (also write a report file)')
    .option('--calendar <file>', '节假日补充文件，与 chinese-days.json 同形 (holiday override file)')
    .addOption(new Option('--count-from <rule>', '起算日 (where counting starts)').choices(['next-day', 'same-day']))
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .addOption(new Option('--fail-level <severity>', '达到该级别即以 1 退出 (exit 1 at this severity)').choices(['error', 'warning', 'info']))
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .action(async (paths: string[], _options, command) => {
      const { runAudit } = await import('./audit.js');
      done(await runAudit(io, paths, command.optsWithGlobals()));
    });
};

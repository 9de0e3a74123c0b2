import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineDue: CommandDefinition = (program, io, done) => {
  program
    .command('due')
    .description('按法定节假日和调休计算公开截止日期 (due date in working days, with the official holidays)')
    .argument('[paths...]', '用 --item/--items 时的目录文件或工作区；缺省取 gkml.config.yaml 的 catalogues (catalogues)')
    .option('--from <date>', '信息形成或变更的日期，如 2024-05-17 (event date)')
    .option('--workdays <n>', '期限是几个工作日 (a period in working days)')
    .option('--days <n>', '期限是几日（自然日）(a period in calendar days)')
    .option('--item <id>', '按目录中该事项的公开时限计算 (use the time limit of this catalogue item)')
    .option('--items <file>', '事项编号和事件日期的列表（CSV 或 xlsx），每行算一个 (a list of item ids and event dates)')
    .option('--publisher <name>', '编号在多个目录中都有时，指明公开主体 (publisher, when an id is in several catalogues)')
    .option('--sheet <name>', '--items 为 xlsx 时用哪个工作表 (worksheet of an .xlsx list)')
    .option('--calendar <file>', '节假日补充文件，与 chinese-days.json 同形 (holiday override file)')
    .addOption(new Option('--count-from <rule>', '起算日 (where counting starts)').choices(['next-day', 'same-day']))
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format)').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], _options, command) => {
      const { runDue } = await import('./due.js');
      done(await runDue(io, paths, command.optsWithGlobals()));
    });
};

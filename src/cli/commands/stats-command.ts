import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineStats: CommandDefinition = (program, io, done) => {
  program
    .command('stats')
    .description('按公开主体 × 五公开 × 领域统计事项数，供年度报告“主动公开”部分使用 (counts for the annual report)')
    .argument('[paths...]', '目录文件、文件夹或通配符；缺省取 gkml.config.yaml 的 catalogues (catalogue files, folders or globs)')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format)').choices(['text', 'json', 'csv']).default('text'))
    .option('-o, --output <file>', '写入文件（原子写入）(write to a file)')
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .action(async (paths: string[], _options, command) => {
      const { runStats } = await import('./stats.js');
      done(await runStats(io, paths, command.optsWithGlobals()));
    });
};

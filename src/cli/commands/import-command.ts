import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

/** `gkml import`: the Excel or CSV catalogues a county already has, as gkml YAML files. */
export const defineImport: CommandDefinition = (program, io, done) => {
  program
    .command('import')
    .description('把 Excel（.xlsx）或 CSV 格式的目录表导入为 gkml 目录文件，并列出导入时的每一处推测 (import catalogue tables from .xlsx or CSV)')
    .argument('<files...>', '要导入的 .xlsx 或 .csv 文件 (workbooks or CSV files)')
    .requiredOption('--out <dir>', '输出目录 (output folder)')
    .option('--publisher <name>', '公开主体名称，表格标题中没有时使用 (publisher name, when the titles do not say)')
    .addOption(new Option('--level <level>', '公开主体的层级 (publisher level)').choices(['省级', '市级', '县级', '乡级', '村级']))
    .addOption(new Option('--type <catalogueType>', '目录类型 (catalogue type)').choices(['主动公开基本目录', '基层政务公开标准目录']))
    .addOption(new Option('-f, --format <name>', '导入报告的输出格式 (report format): stylish | json').choices(['stylish', 'json']).default('stylish'))
    .option('--force', '覆盖输出目录中已有的同名文件 (overwrite existing files)')
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .action(async (files: string[], _options, command) => {
      const { runImport } = await import('./import.js');
      done(await runImport(io, files, command.optsWithGlobals()));
    });
};

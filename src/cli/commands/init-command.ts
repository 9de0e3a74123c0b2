import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineInit: CommandDefinition = (program, io, done) => {
  program
    .command('init')
    .description('新建一个工作区：配置、按领域标准事项生成的目录、编辑器设置和 CI 示例 (scaffold a workspace)')
    .argument('[dir]', '工作区文件夹，缺省为当前文件夹 (folder, default: here)', '.')
    .option('--publisher <name>', '公开主体名称 (publisher name)', '示例县民政局')
    .option('--area <area>', '试点领域，用其标准事项起步 (area whose standard items to start from)', '社会救助')
    .addOption(new Option('--level <level>', '公开主体层级 (publisher level)').choices(['省级', '市级', '县级', '乡级', '村级']).default('县级'))
    .addOption(new Option('--type <type>', '目录类型 (catalogue type)').choices(['基层政务公开标准目录', '主动公开基本目录']).default('基层政务公开标准目录'))
    .action(async (dir: string, _options, command) => {
      const { runInit } = await import('./init.js');
      done(await runInit(io, dir, command.optsWithGlobals()));
    });
};

import { Command, Option } from 'commander';
import type { CommandDefinition } from '../program.js';

/** `gkml render html|xlsx`: the publishable outputs. Each subcommand's module loads on demand. */
export const defineRender: CommandDefinition = (program, io, done) => {
  const render = program.command('render').description('生成可发布的网站或 Excel 标准目录 (render the HTML site or the standard workbook)');
  const common = (command: Command) =>
    command
      .argument('[paths...]', '目录文件、文件夹或通配符；缺省取 gkml.config.yaml 的 catalogues (catalogue files, folders or globs)')
      .requiredOption('--out <dir>', '输出目录 (output folder)')
      .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml');
  common(render.command('html').description('生成静态网站 (write the static HTML site)'))
    .option('--templates <dir>', '覆盖页眉、页脚和样式的模板目录 (template overrides)')
    .addOption(new Option('--channels <style>', '渠道列显示方式 (channel column)').choices(['checklist', 'selected']).default('checklist'))
    .action(async (paths: string[], _options, command: Command) => {
      const { runRenderHtml } = await import('./render-html.js');
      done(await runRenderHtml(io, paths, command.optsWithGlobals()));
    });
  common(render.command('xlsx').description('生成 Excel 标准目录 (write the standard Excel workbooks)'))
    .addOption(new Option('--split <mode>', '每个公开主体一个工作簿，或每个领域一个工作表 (one workbook per publisher, or a sheet per area)').choices(['publisher', 'area']).default('publisher'))
    .addOption(new Option('--channels <style>', '渠道列显示方式 (channel column)').choices(['checklist', 'selected']).default('checklist'))
    .action(async (paths: string[], _options, command: Command) => {
      const { runRenderXlsx } = await import('./render-xlsx.js');
      done(await runRenderXlsx(io, paths, command.optsWithGlobals()));
    });
};

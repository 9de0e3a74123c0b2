import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineBuild: CommandDefinition = (program, io, done) => {
  program
    .command('build')
    .description('一条命令完成检查、政策规则、权责清单比对，生成网站、开放数据、Excel 和报告 (validate, diff and publish the whole workspace)')
    .argument('[workspace]', '工作区文件夹（含 gkml.config.yaml），缺省为当前文件夹 (workspace folder)')
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .option('--out <dir>', '输出文件夹，缺省取配置的 build.out 或 public (output folder)')
    .option('--cache-dir <dir>', '缓存文件夹，缺省取配置的 build.cache 或 .gkml-cache (cache folder)')
    .addOption(new Option('--outputs <kind...>', '生成哪些内容，缺省取配置的 build.outputs 或全部 (what to make)').choices(['site', 'xlsx']))
    .addOption(new Option('--reports <format...>', 'reports/ 中的报告格式，缺省取配置的 build.reports 或 json (report formats)').choices(['json', 'junit', 'sarif', 'github', 'stylish', 'xlsx']))
    .addOption(new Option('--split <mode>', '工作簿：每个公开主体一个，或每县一个、每领域一个工作表 (workbooks per publisher or per county)').choices(['publisher', 'area']))
    .addOption(new Option('--channels <style>', '公开渠道：■/□ 全部列出，或只列选中的 (channels as a checklist or the chosen ones)').choices(['checklist', 'selected']))
    .option('--only <publisher...>', '只构建这些公开主体（名称或文件名），输出到 <out>-only (build these publishers alone)')
    .addOption(new Option('--fail-level <severity>', '达到该级别即不发布并以 1 退出 (hold publication at this severity)').choices(['error', 'warning', 'info']))
    .addOption(new Option('--profile <profile>', '规则档位 (rule profile)').choices(['publish', 'draft']))
    .option('--no-cache', '不用也不更新缓存，全部重新检查 (ignore the cache)')
    .option('--force', '即使没有变化也重新生成 (build even if nothing changed)')
    .option('-w, --watch', '保存时自动重新构建 (rebuild on save)')
    .option('-q, --quiet', '不显示进度条 (no progress bar)')
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .action(async (workspace: string | undefined, _options, command) => {
      const flags = command.optsWithGlobals();
      if (flags.watch) {
        const { watchBuild } = await import('../build/watch.js');
        done(await watchBuild(io, workspace, flags));
        return;
      }
      const { runBuild } = await import('./build.js');
      done(await runBuild(io, workspace, flags));
    });
};

import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';

export const defineValidate: CommandDefinition = (program, io, done) => {
  program
    .command('validate')
    .description('按 JSON Schema 和政策规则检查目录文件，报告每个问题的文件、行、列和字段 (check catalogues against the schema and the policy rules)')
    .argument('[paths...]', '目录文件、文件夹或通配符；缺省取 gkml.config.yaml 的 catalogues (files, folders or globs)')
    .addOption(new Option('-f, --format <name>', '输出格式 (output format): stylish | json | github | junit | sarif，见 docs/ci.md').default('stylish'))
    .option('-o, --output <format:path...>', '另外把报告写入文件，如 json:reports/gkml.json (also write a report file)')
    .option('-c, --config <file>', '配置文件 (config file)，缺省为最近的 gkml.config.yaml')
    .addOption(new Option('--fail-level <severity>', '达到该级别即以 1 退出 (exit 1 at this severity)').choices(['error', 'warning', 'info']))
    .option('--max-warnings <n>', '警告多于 n 个时以 1 退出 (exit 1 above n warnings)')
    .option('-q, --quiet', '只报告错误 (report errors only)')
    .option('--color', '强制彩色输出 (force colour)')
    .option('--no-color', '不用彩色 (no colour)')
    .addOption(new Option('--profile <profile>', '规则档位：publish（发布前，缺省）或 draft（起草中）(rule profile)').choices(['publish', 'draft']))
    .option('--no-rules', '只按 JSON Schema 检查，不运行政策规则 (schema only)')
    .option('--baseline <file>', '忽略基线文件中已记录的问题，只报告新问题 (report only findings not in the baseline)')
    .option('--update-baseline [file]', '把当前全部问题写入基线文件后以 0 退出 (write the current findings as the baseline)')
    .addOption(new Option('--parser <mode>', 'YAML 解析器 (parser)').choices(['fast', 'exact']).default('fast').hideHelp())
    .action(async (paths: string[], _options, command) => {
      const { runValidate } = await import('./validate.js');
      done(await runValidate(io, paths, command.optsWithGlobals()));
    });
};

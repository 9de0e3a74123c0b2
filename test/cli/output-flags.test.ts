import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { runCli } from '../helpers/run-cli.js';

// -f and -o are checked before any file is read, so none of these paths needs to exist.
const audit = ['audit', 'c.yaml', '--log', 'log.csv'];
const diff = ['diff', 'c.yaml'];
const adjust = ['diff-register', 'old.xlsx', 'new.xlsx'];

const auditNames = 'github, json, junit, sarif, stylish, xlsx';
const diffNames = 'github, json, junit, markdown, sarif, stylish, xlsx';
const adjustNames = 'github, json, junit, markdown, sarif, stylish';
const validateNames = 'github, json, junit, sarif, stylish';

describe('-f and -o format:path of every report command', () => {
  it.each([
    [[...audit, '-f', 'xml'], `不认识的输出格式“xml”。可用：${auditNames}。`],
    [[...audit, '-o', 'markdown:a.md'], `不认识的输出格式“markdown”。可用：${auditNames}。`],
    [[...audit, '-o', 'xlsx:a.xlsx', 'xml:b.xml'], `不认识的输出格式“xml”。可用：${auditNames}。`],
    [[...audit, '-f', 'xlsx'], 'xlsx 是工作簿格式，不能输出到终端。请用 -o xlsx:路径，如 -o xlsx:reports/audit.xlsx。'],
    [[...audit, '-f', 'xlsx', '--lang', 'en'], 'xlsx is a workbook and cannot go to the terminal. Use -o xlsx:path, such as -o xlsx:reports/audit.xlsx.'],
    [[...audit, '-o', 'json:'], '--output 的写法应为 格式:路径，如 json:reports/gkml.json（这里是“json:”）。'],
    [[...diff, '-f', 'xml', '--lang', 'en'], `Unknown format "xml". Available: ${diffNames}.`],
    [[...diff, '-o', 'xlsx:a.xlsx', 'markdown:a.md', 'yaml:a.yaml'], `不认识的输出格式“yaml”。可用：${diffNames}。`],
    [[...diff, '-f', 'xlsx'], 'xlsx 报告是二进制文件，只能写入文件：-o xlsx:reports/diff.xlsx。'],
    [[...diff, '-f', 'xlsx', '--lang', 'en'], 'The xlsx report is binary and goes to a file: -o xlsx:reports/diff.xlsx.'],
    [[...diff, '-o', ':a.json'], '--output 的写法应为 格式:路径，如 json:reports/gkml.json（这里是“:a.json”）。'],
    [[...adjust, '-f', 'xml'], `不认识的输出格式“xml”。可用：${adjustNames}。`],
    [[...adjust, '-f', 'xlsx'], `不认识的输出格式“xlsx”。可用：${adjustNames}。`],
    [[...adjust, '-o', 'markdown:a.md', 'xlsx:a.xlsx'], `不认识的输出格式“xlsx”。可用：${adjustNames}。`],
    [[...adjust, '-o', 'nocolon', '--lang', 'en'], '--output takes format:path, such as json:reports/gkml.json (got "nocolon").'],
    [['validate', 'c.yaml', '-o', 'xlsx:a.xlsx'], `不认识的输出格式“xlsx”。可用：${validateNames}。`],
    [['validate', 'c.yaml', '-f', 'markdown', '-o', 'nocolon'], `不认识的输出格式“markdown”。可用：${validateNames}。`],
    // A name every object inherits is not a format.
    [['validate', 'c.yaml', '-f', 'constructor'], `不认识的输出格式“constructor”。可用：${validateNames}。`],
    [[...diff, '-o', 'toString:a.txt'], `不认识的输出格式“toString”。可用：${diffNames}。`],
  ])('%j exits 2 with exactly one line, before reading anything', async (argv, line) => {
    const run = await runCli(argv, { cwd: tempFiles({}) });
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(2);
  });
});

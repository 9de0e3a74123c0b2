import { severityRank, type Diagnostic, type Severity } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { byFile, placeText, SEVERITY_WORDS, yamlPath } from './ci-locations.js';
import type { Formatter } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

/**
 * JUnit XML for CI test views: one <testsuite> per run, one <testcase> per file checked.
 * Findings at or above the fail level are <failure>s (one each), so the file "fails" exactly when
 * it would make gkml exit 1; findings below it are listed in the testcase's <system-out>.
 * `failures` counts failing files (testcases), not findings. Times are not measured: time="0".
 */
export const junit: Formatter = (report, { lang, failLevel = 'error' }) => {
  const grouped = byFile(report.diagnostics);
  const cases = report.files.map((file) => testCase(file, grouped.get(file) ?? [], failLevel, lang));
  const tests = cases.length;
  const failures = cases.filter((c) => c.failed).length;
  const counts = `tests="${tests}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gkml" ${counts} time="0">`,
    `  <testsuite name="gkml" ${counts} skipped="0" time="0">`,
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function testCase(file: string, findings: Diagnostic[], failLevel: Severity, lang: Lang): { xml: string; failed: boolean } {
  const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(file)}" time="0"`;
  if (findings.length === 0) return { xml: `${open}/>`, failed: false };
  const threshold = severityRank(failLevel);
  const failing = findings.filter((d) => severityRank(d.severity) >= threshold);
  const below = findings.filter((d) => severityRank(d.severity) < threshold);
  const lines = [`${open}>`, ...failing.map((d) => failure(d, lang))];
  if (below.length > 0) lines.push(`      <system-out>${xmlText(below.map((d) => describe(d, lang)).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return { xml: lines.join('\n'), failed: failing.length > 0 };
}

function failure(d: Diagnostic, lang: Lang): string {
  return `      <failure type="${xmlAttr(d.ruleId)}" message="${xmlAttr(d.message)}">${xmlText(describe(d, lang))}</failure>`;
}

/** `a.yaml:12:5  错误  message  rule/messageId  @ items[3].channels` — one finding, one line. */
function describe(d: Diagnostic, lang: Lang): string {
  const path = yamlPath(d);
  return [placeText(d.location), SEVERITY_WORDS[lang][d.severity], d.message, `${d.ruleId}/${d.messageId}`, ...(path ? [`@ ${path}`] : [])].join('  ');
}

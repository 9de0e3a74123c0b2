import type { Diagnostic, Position } from '../core/diagnostic.js';
import type { Finding } from '../core/finding.js';
import type { MessageTable } from '../core/messages.js';

/** `# gkml-disable-next-line <rule-id>[, <rule-id>…] -- reason` and `# gkml-disable-file … -- reason`. */
export interface Suppression {
  scope: 'next-line' | 'file';
  ruleIds: string[];
  reason: string;
  /** The comment's position. */
  at: Position;
  /** The line it covers (next-line: the next line with content). */
  line: number;
}

const DIRECTIVE = /#\s*gkml-disable-(next-line|file)\b(.*)$/;

/** Finds the suppression comments of a file. Only comments are read: a directive inside a quoted value does nothing. */
export function parseSuppressions(text: string): Suppression[] {
  if (!text.includes('gkml-disable')) return [];
  const lines = text.split(/\r?\n/);
  const found: Suppression[] = [];
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match || !isComment(line, match.index)) return;
    const [ids, ...reasonParts] = match[2]!.split('--');
    const ruleIds = ids!.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join('--').trim();
    const scope = match[1] === 'file' ? 'file' : 'next-line';
    found.push({ scope, ruleIds, reason, at: { line: index + 1, column: match.index + 1 }, line: scope === 'file' ? 0 : nextContentLine(lines, index) });
  });
  return found;
}

/** A `#` starts a comment at the line start or after a space, outside quotes. */
function isComment(line: string, hash: number): boolean {
  if (hash > 0 && !/\s/.test(line[hash - 1]!)) return false;
  const before = line.slice(0, hash);
  return (before.split('"').length - 1) % 2 === 0 && (before.split("'").length - 1) % 2 === 0;
}

function nextContentLine(lines: string[], index: number): number {
  for (let k = index + 1; k < lines.length; k++) {
    const text = lines[k]!.trim();
    if (text !== '' && !text.startsWith('#')) return k + 1;
  }
  return lines.length + 1;
}

export const suppressionMessages: MessageTable = {
  suppressionNoReason: {
    zh: '屏蔽 {ruleIds} 时必须写明理由，格式：# gkml-disable-next-line {ruleIds} -- 理由。',
    en: 'Suppressing {ruleIds} needs a reason: # gkml-disable-next-line {ruleIds} -- reason.',
  },
  suppressionNoRule: {
    zh: '屏蔽注释没有写要屏蔽的规则编号，格式：# gkml-disable-next-line 规则编号 -- 理由。',
    en: 'The suppression names no rule: # gkml-disable-next-line <rule-id> -- reason.',
  },
  suppressionUnknownRule: {
    zh: '屏蔽注释中的规则“{ruleId}”不存在。可用 gkml rules 查看全部规则编号。',
    en: 'The suppression names rule "{ruleId}", which does not exist. gkml rules lists every rule id.',
  },
  suppressionUnused: {
    zh: '这条屏蔽注释没有屏蔽任何问题（{ruleIds}），可以删除。',
    en: 'This suppression suppresses nothing ({ruleIds}) and can be removed.',
  },
};

/**
 * Drops the diagnostics a file's suppressions cover, and reports the suppressions themselves when they
 * lack a reason, name an unknown rule or cover nothing. A suppression without a reason suppresses nothing.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  suppressions: Suppression[],
  knownRuleIds: ReadonlySet<string>,
): { kept: Diagnostic[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const used = new Set<Suppression>();
  const valid = suppressions.filter((s) => {
    const at = { start: s.at, end: { line: s.at.line, column: s.at.column + 1 } };
    if (s.ruleIds.length === 0) findings.push({ ruleId: 'gkml-disable', severity: 'error', messageId: 'suppressionNoRule', data: {}, ...at });
    for (const ruleId of s.ruleIds.filter((id) => !knownRuleIds.has(id))) {
      findings.push({ ruleId: 'gkml-disable', severity: 'error', messageId: 'suppressionUnknownRule', data: { ruleId }, ...at });
    }
    if (s.ruleIds.length > 0 && s.reason === '') {
      findings.push({ ruleId: 'gkml-disable', severity: 'error', messageId: 'suppressionNoReason', data: { ruleIds: s.ruleIds.join(', ') }, ...at });
      return false;
    }
    return s.ruleIds.length > 0;
  });
  const kept = diagnostics.filter((d) => {
    const line = d.location.kind === 'yaml' ? d.location.start.line : -1;
    const covering = valid.find((s) => s.ruleIds.includes(d.ruleId) && (s.scope === 'file' || s.line === line));
    if (covering) used.add(covering);
    return !covering;
  });
  for (const s of valid.filter((v) => !used.has(v) && v.ruleIds.every((id) => knownRuleIds.has(id)))) {
    findings.push({ ruleId: 'gkml-disable', severity: 'warning', messageId: 'suppressionUnused', data: { ruleIds: s.ruleIds.join(', ') }, start: s.at, end: { line: s.at.line, column: s.at.column + 1 } });
  }
  return { kept, findings };
}

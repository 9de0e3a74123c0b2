import type { Diagnostic, Location, MessageData, Severity } from '../core/diagnostic.js';
import { toDiagnostic } from '../core/finding.js';
import { joinList, sayer, type Lang } from '../core/messages.js';
import { markedDevolved, type FieldChange } from './adjust-fields.js';
import { adjustMessages, adjustText } from './adjust-messages.js';
import type { Adjustment, ChangeKind, PowerChange } from './adjust.js';
import type { PositionOf } from './diagnostics.js';
import type { ItemRef } from './match.js';
import { powerLocation } from './places.js';
import { ADJUST_RULES } from './rule-ids.js';

export const RULE_OF: Readonly<Record<ChangeKind, string>> = {
  added: 'register-power-added',
  removed: 'register-power-removed',
  changed: 'register-power-changed',
  retyped: 'register-power-retyped',
  devolved: 'register-power-devolved',
};

/** At most this many item ids are named in a message; the rest are counted (all of them are in `related`). */
const ITEMS_NAMED = 5;
/** Long cells (依据, 责任事项) are cut to this many characters in a message; JSON's `data` keeps them whole. */
const TEXT_SHOWN = 60;

/**
 * Each change → one Diagnostic at the new row's name cell (the old row's for a removal), `related` the
 * catalogue items it touches and, for a pair, the old row. Severities: the config's level for the rule, else the
 * rule's default for a change that touches items or not; 'off' leaves the rule out.
 */
export function adjustDiagnostics(adjustment: Adjustment, positionOf: PositionOf, lang: Lang, severities: Readonly<Record<string, Severity | 'off'>> = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const change of adjustment.changes) {
    const ruleId = RULE_OF[change.kind];
    const touched = change.touched.length > 0;
    const severity = severities[ruleId] ?? ADJUST_RULES[ruleId]![touched ? 'touched' : 'untouched'];
    if (severity === 'off') continue;
    const power = (change.after ?? change.before)!;
    const kind = change.kind === 'devolved' && !change.before ? 'devolvedNew' : change.kind;
    const messageId = touched ? `${kind}Touched` : kind;
    const data = messageData(change, lang);
    const diagnostic = toDiagnostic({ ruleId, severity, messageId, data }, power.origin.file, undefined, adjustMessages, lang);
    const related: Location[] = change.touched.map((ref) => itemLocation(ref, positionOf));
    if (change.before && change.after) related.push(powerLocation(change.before.origin, 'name'));
    out.push({ ...diagnostic, location: powerLocation(power.origin, 'name'), ...(related.length > 0 ? { related } : {}) });
  }
  return out;
}

function messageData(change: PowerChange, lang: Lang): MessageData {
  const say = sayer(adjustText, lang);
  const power = (change.after ?? change.before)!;
  const type = power.type ?? say('powerWord');
  const department = change.department || say('noDepartment');
  const ref = power.code === '' ? department : `${power.code}${lang === 'zh' ? '，' : ', '}${department}`;
  const data: MessageData = { type, name: power.name, code: power.code || say('noCode'), ref, department, items: describeItems(change.touched, lang) };
  // A type change is the message's subject; the other fields follow it.
  const fields = changeDetails(change, say).filter((_, i) => change.kind !== 'retyped' || change.fields[i]?.field !== 'type');
  data.fields = joinList(fields, lang);
  if (change.kind === 'retyped') {
    const field = change.fields.find((f) => f.field === 'type')!;
    data.before = field.before || say('empty');
    data.after = field.after || say('empty');
    data.also = fields.length > 0 ? say('alsoChanged', { fields: data.fields }) : '';
  }
  return data;
}

/** Each changed field old → new, and for a devolution the 备注 that says so. */
export function changeDetails(change: PowerChange, say: (id: string, data?: MessageData) => string): string[] {
  const out = change.fields.map((f) => describeField(f, say));
  if (change.kind === 'devolved' && change.after && markedDevolved(change.after)) out.push(say('devolvedByNote', { note: change.after.note! }));
  return out;
}

export function describeField(change: FieldChange, say: (id: string, data?: MessageData) => string): string {
  const label = say(`field${change.field[0]!.toUpperCase()}${change.field.slice(1)}`);
  const show = (text: string) => (text === '' ? say('empty') : cut(text.replace(/\s*\n\s*/g, ' ')));
  return say('fieldChange', { field: label, before: show(change.before), after: show(change.after) });
}

function cut(text: string): string {
  const chars = Array.from(text);
  return chars.length > TEXT_SHOWN ? `${chars.slice(0, TEXT_SHOWN).join('')}…` : text;
}

function describeItems(refs: readonly ItemRef[], lang: Lang): string {
  const ids = refs.map((r) => r.item.id);
  if (ids.length <= ITEMS_NAMED) return joinList(ids, lang);
  const shown = joinList(ids.slice(0, ITEMS_NAMED), lang);
  return lang === 'zh' ? `${shown} 等 ${ids.length} 个` : `${shown} and ${ids.length - ITEMS_NAMED} more`;
}

function itemLocation(ref: ItemRef, positionOf: PositionOf): Location {
  const path = ['items', ref.item.index];
  const range = positionOf(ref.catalogue.file, path);
  return range ? { kind: 'yaml', file: ref.catalogue.file, path, ...range } : { kind: 'file', file: ref.catalogue.file };
}

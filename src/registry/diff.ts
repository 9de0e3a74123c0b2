import type { MessageData, Severity } from '../core/diagnostic.js';
import { joinList, renderMessage, type Lang } from '../core/messages.js';
import { summarise, type Coverage } from './coverage.js';
import { missingDisclosures, slowResultItems } from './expectations.js';
import { matchPowers, NONE, type Candidate, type CatalogueIndex, type ItemRef, type Link } from './match.js';
import { diffText } from './messages.js';
import { DIFF_RULES } from './rule-ids.js';
import { codeKey, nameKey, sameDepartment, similarity, splitOwners } from './normalise.js';
import type { DiffCatalogue, DiffItem } from './outline.js';
import type { Place } from './places.js';
import type { Expectation, Power, RegisterFile, RegisterVocabulary } from './types.js';

export type PowerStatus = 'complete' | 'partial' | 'uncovered' | 'unchecked';

/** One power and what the catalogue has for it. */
export interface PowerEntry {
  power: Power;
  /** The power's 实施主体, '' when the register names none. */
  department: string;
  status: PowerStatus;
  links: { catalogue: string; itemId: string; heading: string; by: 'code' | 'name' }[];
  expected: string[];
  missing: string[];
  candidates: { catalogue: string; itemId: string; heading: string; score: number }[];
}

export interface DiffFinding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  at: Place;
  related: Place[];
}

export interface RegisterDiff {
  registers: string[];
  catalogues: string[];
  entries: PowerEntry[];
  coverage: Coverage;
  findings: DiffFinding[];
}

export interface DiffInput {
  registers: readonly RegisterFile[];
  catalogues: readonly DiffCatalogue[];
  vocab: RegisterVocabulary;
  /** By type name; vocab's expectations with the config's over them. */
  expectations: Readonly<Record<string, Expectation>>;
  /** Severity per diff rule, 'off' to leave a rule out. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  lang: Lang;
  /** The catalogues' side of the match, when made already (indexCatalogues); made here otherwise. */
  index?: CatalogueIndex;
}

/**
 * The register against the catalogues: which powers have items, which expected disclosures are missing,
 * which item codes are stale, where names or owners drifted. Pure: data in, data out.
 */
export function diffRegister(input: DiffInput): RegisterDiff {
  const powers = input.registers.flatMap((r) => r.powers);
  const matching = matchPowers(powers, input.catalogues, input.vocab.names, input.index);
  const findings: DiffFinding[] = [];
  const report = (ruleId: string, messageId: string, data: MessageData, at: Place, related: Place[] = NONE) => {
    const severity = input.severities?.[ruleId] ?? DIFF_RULES[ruleId]!;
    if (severity !== 'off') findings.push({ ruleId, severity, messageId, data, at, related });
  };
  const word = words(input.lang);
  const renamed = renamedPowers(powers, matching.nameKeys, input.vocab.names.levelWords);
  const entries = powers.map((power, i) => {
    const links = matching.links[i]!;
    const candidates = matching.candidates[i]!;
    const expectation = power.type ? input.expectations[power.type] : undefined;
    const expected = expectation?.disclosures ?? [];
    const missing = links.length === 0 ? expected : missingDisclosures(expected, links.map((l) => l.ref.item));
    const row: Place = { kind: 'power', origin: power.origin, field: 'name' };
    const department = power.owner ?? word('noDepartment');
    const facts = { type: power.type ?? word('powerWord'), name: power.name, code: power.code, department };
    if (links.length === 0) {
      const ref = power.code === '' ? department : `${power.code}${input.lang === 'zh' ? '，' : ', '}${department}`;
      const why = expectation?.why?.[input.lang] ?? word('everyPower');
      if (candidates.length === 0) report('register-uncovered', 'uncovered', Object.assign(facts, { ref, why }), row);
      else report('register-uncovered', 'uncoveredCandidates', Object.assign(facts, { ref, candidates: describeCandidates(candidates, input.lang) }), row, candidates.map((c) => itemPlace(c.ref)));
    } else {
      checkLinked(power, links, missing, expectation, row, facts, report, input);
    }
    return entry(power, links, candidates, expected, missing);
  });
  for (const { ref, codeIndex, code } of matching.stale) {
    const now = renamed(ref.item);
    const at: Place = { kind: 'item', file: ref.catalogue.file, path: ['items', ref.item.index, 'powerCodes', codeIndex] };
    if (now) report('register-stale-code', 'staleCodeSuggestion', { item: ref.item.id, code, name: now.name, current: now.code }, at, [{ kind: 'power', origin: now.origin, field: 'code' }]);
    else report('register-stale-code', 'staleCode', { item: ref.item.id, code }, at);
  }
  return {
    registers: input.registers.map((r) => r.file),
    catalogues: input.catalogues.map((c) => c.file),
    entries,
    coverage: summarise(entries, input.vocab.types.map((t) => t.name)),
    findings,
  };
}

type Report = (ruleId: string, messageId: string, data: MessageData, at: Place, related?: Place[]) => void;

/** A linked power: disclosures missing, result time limits, and for links by code, drifted names and owners. */
function checkLinked(power: Power, links: Link[], missing: string[], expectation: Expectation | undefined, row: Place, facts: MessageData, report: Report, input: DiffInput): void {
  const word = words(input.lang);
  const first = links[0]!.ref;
  const related = [row, ...links.slice(1).map((l) => itemPlace(l.ref))];
  if (missing.length > 0) {
    const why = expectation?.why?.[input.lang] ?? word('asConfigured');
    report('register-expected-disclosure', 'missingDisclosure', { ...facts, code: power.code || word('noCode'), missing: joinList(missing, input.lang), why }, itemPlace(first), related);
  }
  for (const { item, workdays } of slowResultItems(expectation, links.map((l) => l.ref.item))) {
    const ref = links.find((l) => l.ref.item === item)!.ref;
    report('register-expected-disclosure', 'resultTooSlow', { item: item.id, type: facts.type!, workdays, within: expectation!.withinWorkdays!, name: power.name }, { kind: 'item', file: ref.catalogue.file, path: ['items', item.index, 'timeLimit'] }, [row]);
  }
  for (const link of links) {
    const { item, catalogue } = link.ref;
    if (link.by === 'name') {
      if (power.code !== '') report('register-unlinked-code', 'unlinkedCode', { item: item.id, name: power.name, code: power.code }, itemPlace(link.ref), [row]);
      continue;
    }
    const codeRow: Place = { kind: 'power', origin: power.origin, field: 'code' };
    const drift = nameDrift(power, item, input.vocab.names);
    if (drift) report('register-name-drift', 'nameDrift', { item: item.id, heading: drift.heading, code: power.code, name: power.name }, { kind: 'item', file: catalogue.file, path: ['items', item.index, drift.field] }, [{ kind: 'power', origin: power.origin, field: 'name' }]);
    if (power.owner && !sameOwner(item.owner, [power.owner, power.office ?? ''])) {
      const path = item.owner === catalogue.publisher.name ? ['items', item.index] : ['items', item.index, 'owner'];
      report('register-owner-drift', 'ownerDrift', { item: item.id, owner: item.owner, code: power.code, name: power.name, registerOwner: power.owner }, { kind: 'item', file: catalogue.file, path }, [{ ...codeRow, field: 'owner' }]);
    }
  }
}

/** A heading that looks like the power's name renamed: alike, but neither equal to nor part of the other. */
function nameDrift(power: Power, item: DiffItem, names: RegisterVocabulary['names']): { heading: string; field: 'level1' | 'level2' | 'level3' } | undefined {
  const wanted = [power.name, power.mainItem].filter((n): n is string => !!n).map((n) => nameKey(n, names.levelWords));
  let best: { heading: string; field: 'level1' | 'level2' | 'level3'; score: number } | undefined;
  for (const field of ['level1', 'level2', 'level3'] as const) {
    const heading = item[field];
    if (!heading) continue;
    const key = nameKey(heading, names.levelWords);
    if (wanted.some((w) => w.includes(key) || key.includes(w))) return undefined;
    const score = Math.max(...wanted.map((w) => similarity(w, key)));
    if (!best || score > best.score) best = { heading, field, score };
  }
  return best && best.score >= names.driftSimilarity ? { heading: best.heading, field: best.field } : undefined;
}

function sameOwner(itemOwner: string, registerOwners: string[]): boolean {
  const theirs = registerOwners.flatMap(splitOwners);
  return splitOwners(itemOwner).some((mine) => theirs.some((t) => sameDepartment(mine, t)));
}

/** For a stale code: a power with the item's name under another code (the adjustment renumbered it). */
function renamedPowers(powers: readonly Power[], nameKeys: readonly string[], levelWords: readonly string[]): (item: DiffItem) => Power | undefined {
  let byName: Map<string, Power[]> | undefined;
  return (item) => {
    byName ??= groupByName(powers, nameKeys);
    const codes = new Set((item.powerCodes ?? []).map(codeKey));
    for (const heading of [item.level3, item.level2, item.level1]) {
      if (!heading) continue;
      const found = byName.get(nameKey(heading, levelWords))?.find((p) => !codes.has(codeKey(p.code)));
      if (found) return found;
    }
    return undefined;
  };
}

function groupByName(powers: readonly Power[], nameKeys: readonly string[]): Map<string, Power[]> {
  const map = new Map<string, Power[]>();
  for (const [i, power] of powers.entries()) {
    if (power.code === '') continue;
    const key = nameKeys[i]!;
    const list = map.get(key);
    if (list) list.push(power);
    else map.set(key, [power]);
  }
  return map;
}

function entry(power: Power, links: Link[], candidates: Candidate[], expected: string[], missing: string[]): PowerEntry {
  const status: PowerStatus = links.length === 0 ? 'uncovered' : !power.type ? 'unchecked' : missing.length > 0 ? 'partial' : 'complete';
  return {
    power,
    department: power.owner ?? '',
    status,
    links: links.length === 0 ? NONE : links.map((l) => ({ catalogue: l.ref.catalogue.file, itemId: l.ref.item.id, heading: heading(l.ref.item), by: l.by })),
    expected,
    missing,
    candidates: candidates.length === 0 ? NONE : candidates.map((c) => ({ catalogue: c.ref.catalogue.file, itemId: c.ref.item.id, heading: c.heading, score: c.score })),
  };
}

function itemPlace(ref: ItemRef): Place {
  return { kind: 'item', file: ref.catalogue.file, path: ['items', ref.item.index] };
}

export function heading(item: DiffItem): string {
  return [item.level1, item.level2, item.level3].filter(Boolean).join(' / ');
}

function describeCandidates(candidates: readonly Candidate[], lang: Lang): string {
  return joinList(candidates.map((c) => (lang === 'zh' ? `${c.ref.item.id}“${c.heading}”` : `${c.ref.item.id} "${c.heading}"`)), lang);
}

const said = { zh: new Map<string, string>(), en: new Map<string, string>() };

/** The words a finding is made of, each rendered once (they are asked for once per power). */
function words(lang: Lang): (id: string) => string {
  const known = said[lang];
  return (id) => {
    let text = known.get(id);
    if (text === undefined) known.set(id, (text = renderMessage(diffText, id, {}, lang)));
    return text;
  };
}

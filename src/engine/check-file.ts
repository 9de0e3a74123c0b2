import type { Diagnostic } from '../core/diagnostic.js';
import type { DisclosureRow } from '../core/report.js';
import { toDiagnostic, type Finding } from '../core/finding.js';
import { mergeMessageTables, type Lang, type MessageTable } from '../core/messages.js';
import { adoptCatalogue, type Catalogue, type CatalogueDocument } from '../model/catalogue.js';
import type { Vocabulary } from '../model/vocab.js';
import type { LoadedFile } from '../parse/load.js';
import { inputMessages } from '../parse/messages.js';
import { DIFF_RULE_IDS } from '../registry/rule-ids.js';
import { documentMatrix } from '../rules/_matrix.js';
import { runRules, type ActiveRule } from '../rules/run.js';
import { applySuppressions, parseSuppressions, suppressionMessages } from '../rules/suppression.js';
import { schemaMessages } from '../schema/messages.js';
import type { SchemaValidator } from '../schema/validate.js';

/** What every file of a run is checked with. */
export interface FileChecks {
  validator: SchemaValidator;
  vocab: () => Vocabulary;
  rules: readonly ActiveRule[];
  /** Every rule id a suppression may name (all rules, including those switched off). */
  knownRuleIds: ReadonlySet<string>;
  lang: Lang;
  /**
   * false: a run without rules that keeps nothing needs no Catalogue of a clean file, only its five disclosures
   * × area rows, counted from the parsed value (`FileResult.disclosures`). Default true.
   */
  catalogues?: boolean;
  /**
   * With no rules: what to hold of a clean file, made from its parsed document without a Catalogue (`gkml diff`'s
   * outline); the result's `kept`.
   */
  keepDocument?: (name: string, document: CatalogueDocument) => unknown;
}

export interface FileResult {
  diagnostics: Diagnostic[];
  /** The catalogue, when the file passed the schema. */
  catalogue?: Catalogue;
  /** Instead of the catalogue when `FileChecks.catalogues` is false: the file passed, and these are its summary rows. */
  disclosures?: DisclosureRow[];
  /** Instead of the catalogue with `FileChecks.keepDocument`: the file passed, and this is what it made. */
  kept?: unknown;
}

const builtInMessages = mergeMessageTables(inputMessages, schemaMessages, suppressionMessages);

/**
 * One loaded file through the stages: schema, then (if it passed) the rules and the file's suppressions.
 * Pure: the engine reads the file; this only decides what is wrong with it.
 */
export function checkLoadedFile(name: string, loaded: LoadedFile, checks: FileChecks): FileResult {
  const { lang } = checks;
  const diagnose = (findings: Finding[], messagesFor: (ruleId: string) => MessageTable) =>
    findings.map((f) => toDiagnostic(f, name, loaded.source(), messagesFor(f.ruleId), lang));
  if (!loaded.value) return { diagnostics: diagnose(loaded.findings, () => builtInMessages) };
  const schemaFindings = checks.validator.validate(loaded.value, lang);
  if (schemaFindings.length > 0) return { diagnostics: diagnose(schemaFindings, () => builtInMessages) };
  if (checks.catalogues === false && checks.rules.length === 0) {
    return { diagnostics: [], disclosures: documentMatrix(loaded.value as unknown as CatalogueDocument, checks.vocab()) };
  }
  if (checks.keepDocument && checks.rules.length === 0) return { diagnostics: [], kept: checks.keepDocument(name, loaded.value as unknown as CatalogueDocument) };
  // Just parsed and nobody else's: its items become the catalogue's in place.
  const catalogue = adoptCatalogue(name, loaded.value as unknown as CatalogueDocument, checks.vocab());
  if (checks.rules.length === 0) return { catalogue, diagnostics: [] };
  const ruleMessages = new Map(checks.rules.map((r) => [r.rule.meta.id, r.rule.meta.messages]));
  const messagesFor = (ruleId: string) => ruleMessages.get(ruleId) ?? builtInMessages;
  const ruleDiagnostics = diagnose(runRules(catalogue, checks.rules, checks.vocab()), messagesFor);
  // Directives naming only gkml diff's rules are the diff's to apply (engine/register-diff.ts).
  const suppressions = loaded.text === undefined ? [] : parseSuppressions(loaded.text).filter((s) => s.ruleIds.length === 0 || s.ruleIds.some((id) => !DIFF_RULE_IDS.has(id)));
  if (suppressions.length === 0) return { catalogue, diagnostics: ruleDiagnostics };
  const { kept, findings } = applySuppressions(ruleDiagnostics, suppressions, checks.knownRuleIds);
  return { catalogue, diagnostics: [...kept, ...diagnose(findings, () => builtInMessages)] };
}

import { resolve } from 'node:path';
import type { Severity } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import type { Report } from '../core/report.js';
import { formatterPieces, formatters } from '../formatters/index.js';
import type { FormatOptions } from '../formatters/types.js';
import { rules } from '../rules/index.js';
import { useColor, writeText, type CliIo } from './io.js';
import { cliText } from './messages.js';
import { packageVersion } from './version.js';
import { writeFileAtomic } from './write-output.js';

export interface OutputFlags {
  format: string;
  output?: string[];
  color?: boolean;
}

/** Formats that only go to a file (binary, such as xlsx), each with what to say when one is asked for on stdout. */
export type FileOnlyFormats = Readonly<Record<string, (lang: Lang) => string>>;

/**
 * `-f` and each `-o format:path` checked before any work is done; `-o` → its parts. `available` is the command's
 * name → formatter map (its own formats merged with the report formatters).
 */
export function parseOutputs(flags: OutputFlags, lang: Lang, available: Readonly<Record<string, unknown>> = formatters, fileOnly: FileOnlyFormats = {}): { format: string; path: string }[] {
  const names = [...new Set([...Object.keys(available), ...Object.keys(fileOnly)])].sort().join(', ');
  const check = (format: string, toFile: boolean): void => {
    const onlyToFile = Object.hasOwn(fileOnly, format) ? fileOnly[format] : undefined;
    if (onlyToFile && !toFile) throw new UsageError(onlyToFile(lang));
    if (!onlyToFile && !Object.hasOwn(available, format)) throw new UsageError(cliText.unknownFormat[lang](format, names));
  };
  check(flags.format, false);
  return (flags.output ?? []).map((spec) => {
    const at = spec.indexOf(':');
    if (at <= 0 || at === spec.length - 1) throw new UsageError(cliText.badOutput[lang](spec));
    const format = spec.slice(0, at);
    check(format, true);
    return { format, path: spec.slice(at + 1) };
  });
}

/** What every CI format needs to know about the run and gkml's rules. */
export function formatOptions(lang: Lang, color: boolean, failLevel: Severity): FormatOptions {
  return { color, lang, failLevel, rules: rules.map(({ meta }) => ({ id: meta.id, description: meta.description })), tool: { version: packageVersion() } };
}

/** Prints the report in the chosen format and writes each `-o` file atomically. */
export function emitReport(io: CliIo, report: Report, flags: OutputFlags, lang: Lang, failLevel: Severity): void {
  const outputs = parseOutputs(flags, lang);
  writeText(io.stdout, reportText(report, flags.format, formatOptions(lang, useColor(io, io.stdout, flags.color), failLevel)));
  for (const { format, path } of outputs) writeReportFile(io, path, reportText(report, format, formatOptions(lang, false, failLevel)), lang);
}

/** A report in a format: in pieces where the format has them (written in batches), else one text. */
export function reportText(report: Report, format: string, options: FormatOptions): string | Iterable<string> {
  const pieces = formatterPieces[format];
  return pieces ? pieces(report, options) : formatters[format]!(report, options);
}

export function writeReportFile(io: CliIo, path: string, content: string | Uint8Array | Iterable<string>, lang: Lang): void {
  try {
    writeFileAtomic(resolve(io.cwd, path), content);
  } catch (error) {
    throw new UsageError(cliText.cannotWrite[lang](path, (error as Error).message));
  }
}

import type { RuleContext } from './types.js';

/** A list per catalogue type, as options like `required: { 主动公开基本目录: [...], 基层政务公开标准目录: [...] }` hold. */
export type PerCatalogueType = Record<string, string[]>;

/**
 * The list an option gives for this catalogue's type. The config's entries replace the defaults type by type,
 * so a config that sets only 主动公开基本目录 keeps the default for 基层政务公开标准目录.
 */
export function listForCatalogueType(ctx: RuleContext, name: string, defaults: PerCatalogueType): string[] {
  const configured = ctx.options[name];
  const merged: Record<string, unknown> = { ...defaults, ...(isRecord(configured) ? configured : {}) };
  return stringList(merged[ctx.catalogue.catalogueType]);
}

/** A list of strings from an option value; anything else is read as an empty list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { readFileSync } from 'node:fs';
import { asBaseline, type Baseline } from '../core/baseline.js';
import { ConfigError, UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';

/** Reads a baseline written by `--update-baseline`; a missing or malformed file is a clear error (exit 2). */
export function readBaseline(path: string, shown: string, lang: Lang): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(
      lang === 'zh'
        ? `找不到基线文件 ${shown}。第一次使用请加 --update-baseline 生成它。`
        : `Baseline file ${shown} not found. Create it with --update-baseline first.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const baseline = asBaseline(value);
  if (!baseline) {
    throw new ConfigError(
      lang === 'zh'
        ? `基线文件 ${shown} 不是 gkml 的基线格式（可能被手工改坏了）。请用 --update-baseline 重新生成。`
        : `${shown} is not a gkml baseline (it may have been edited by hand). Regenerate it with --update-baseline.`,
    );
  }
  return baseline;
}

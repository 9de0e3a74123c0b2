import { readFileSync } from 'node:fs';

let version: string | undefined;

/** gkml's version, from package.json. */
export function packageVersion(): string {
  return (version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
}

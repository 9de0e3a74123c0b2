import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

/** RFC 3986 characters only; `%` only as an escape. Raw Chinese or spaces are not a URI. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** ajv 8 ships no formats: these are the three the SARIF schema uses, strict as RFC 3986 / 3339 are. */
export function sarifValidator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && SCHEME.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  return ajv.compile(schema);
}

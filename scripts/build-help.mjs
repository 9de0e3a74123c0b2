// Run by `npm run build` after tsc: records `gkml --help` in dist/help.txt, so that bin/gkml.js can answer a bare
// `gkml --help` without loading commander and the command tree (most of its start-up time). The text is the same
// bytes commander prints with its default width of 80 columns; a test holds the two to each other.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const text = execFileSync(process.execPath, ['bin/gkml.js', '--help'], { env: { ...process.env, GKML_NO_HELP_CACHE: '1', NO_COLOR: '1' }, encoding: 'utf8' });
writeFileSync('dist/help.txt', text);
console.log(`wrote dist/help.txt (${text.length} characters)`);

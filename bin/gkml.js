#!/usr/bin/env node
// gkml command-line entry. Exit codes (the contract every command keeps):
//   0  clean: no findings at or above the fail level
//   1  findings at or above the fail level (default: error), or more warnings than --max-warnings
//   2  usage error, config error, unreadable input path, or an internal error (a bug)
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);

// A reader that stops early (`gkml diff -f json | head`) closes the pipe: the rest of the output goes nowhere,
// quietly, and the command still runs to the end (a build still publishes) and keeps its exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    process.exitCode = 2;
    if (stream !== process.stderr && !process.stderr.destroyed) process.stderr.write(`gkml: ${error.message}\n`);
  });
}

// A bare `gkml --help` prints the text recorded at build time (scripts/build-help.mjs): loading commander and
// every command's definition would cost more than the rest of the answer.
if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h') && !process.env.GKML_NO_HELP_CACHE && recordedHelp()) {
  process.exitCode = 0;
} else {
  try {
    const { main } = await import('../dist/cli/main.js');
    process.exitCode = await main({ argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
  } catch (error) {
    process.stderr.write(`gkml: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

function recordedHelp() {
  try {
    process.stdout.write(readFileSync(new URL('../dist/help.txt', import.meta.url)));
    return true;
  } catch {
    return false; // not built yet: commander answers
  }
}

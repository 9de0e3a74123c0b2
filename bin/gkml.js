#!/usr/bin/env node
// gkml command-line entry. Exit codes (the contract every command keeps):
//   0  clean: no findings at or above the fail level
//   1  findings at or above the fail level (default: error), or more warnings than --max-warnings
//   2  usage error, config error, unreadable input path, or an internal error (a bug)
import { main } from '../dist/cli/main.js';

try {
  process.exitCode = await main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
} catch (error) {
  process.stderr.write(`gkml: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

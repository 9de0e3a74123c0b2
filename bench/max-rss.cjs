// Preloaded (node --require) into a measured child when GNU time is not available: at exit, writes
// "peakRSS_KiB userSeconds systemSeconds" to $GKML_BENCH_STATS, as `/usr/bin/time -f '%M %U %S'` would.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.GKML_BENCH_STATS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}

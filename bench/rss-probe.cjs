// Loaded with `node --require bench/rss-probe.cjs ...`: reports the process's
// peak resident set size when it exits, on stderr, for bench/run.mjs.
'use strict';
process.on('exit', () => {
  require('fs').writeSync(2, `\nrhoso-bench-maxrss-kib=${process.resourceUsage().maxRSS}\n`);
});

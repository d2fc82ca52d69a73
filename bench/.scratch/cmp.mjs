import { spawnSync } from 'node:child_process';
const n = Number(process.argv[2]); const cmds = process.argv.slice(3).map(c => c.split(' '));
const times = cmds.map(() => []);
for (let i = 0; i < n; i++) cmds.forEach((c, j) => { const t = process.hrtime.bigint(); const r = spawnSync(c[0], c.slice(1), { stdio: ['ignore', 'ignore', 'ignore'] }); times[j].push(Number(process.hrtime.bigint() - t) / 1e6); });
const med = a => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
cmds.forEach((c, j) => console.log(med(times[j]).toFixed(1), c.slice(1).join(' ')));

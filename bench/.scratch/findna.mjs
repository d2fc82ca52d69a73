import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['functions/cli.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, charset: 'ascii', minifyWhitespace: true, outfile: 'x.cjs', logLevel: 'warning' });
const t = r.outputFiles[0].text;
const m = [...t.matchAll(/[^\x00-\x7f]/g)].slice(0, 5).map(x => JSON.stringify(t.slice(x.index - 60, x.index + 20)));
console.log(m);

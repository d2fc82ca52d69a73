import * as esbuild from 'esbuild';
const [out, ...flags] = process.argv.slice(2);
await esbuild.build({ entryPoints: ['/work/main/functions/cli.ts'], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  minifySyntax: true, minifyWhitespace: flags.includes('ws'), minifyIdentifiers: flags.includes('id'), legalComments: 'none', logLevel: 'warning' });

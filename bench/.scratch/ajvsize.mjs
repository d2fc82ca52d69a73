import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import fs from 'node:fs';
for (const f of ['openstackcontrolplane-main', 'openstackcontrolplane-18-stable', 'openstackversion']) {
  for (const verbose of [false, true]) {
    const schema = JSON.parse(fs.readFileSync(`schemas/crd/${f}.json`, 'utf8'));
    const t = performance.now();
    const ajv = new Ajv({ allErrors: true, verbose, strict: false, validateFormats: false, code: { source: true, lines: false } });
    const v = ajv.compile(schema);
    const code = standaloneCode.default(ajv, v);
    console.log(f, 'verbose', verbose, code.length, (performance.now() - t).toFixed(0) + 'ms');
  }
}

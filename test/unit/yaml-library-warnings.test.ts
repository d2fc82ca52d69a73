/**
 * The yaml library prints some of its warnings through process.emitWarning
 * (a stray "(node:PID) Warning: ..." on stderr). We report problems ourselves,
 * so io/yaml.ts parses with logLevel 'error': a file whose INI lines sit outside
 * their block scalar (published guides do this) must not make the tool print one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseYamlFile } from '../../functions/lib/io/yaml.js';
import { toObject } from '../../functions/lib/io/resources.js';

test('a collection used as a map key reads to plain data without a process warning', () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  const { file } = parseYamlFile('guide.yaml', 'kind: Secret\nstringData:\n  [nfs]: 1\n');
  const doc = file.docs[0];
  assert.ok(doc, 'the document parses');
  const plain = toObject({ doc: doc as never, path: 'guide.yaml', index: 0 });
  assert.equal(Object.keys(plain.stringData), ['[ nfs ]']);
  // emitWarning delivers on a later tick: listen until then.
  return new Promise<void>((resolve) =>
    setImmediate(() => {
      process.off('warning', onWarning);
      assert.equal(warnings, []);
      resolve();
    }),
  );
});

test.run();

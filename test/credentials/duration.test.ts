/** refreshInterval is written as Go's Duration.String() writes it, so the live object equals Git. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { canonicalGoDuration, parseGoDuration } from '../../functions/lib/secrets/duration.js';

const CANONICAL: Array<[string, string]> = [
  ['1h', '1h0m0s'],
  ['1h0m0s', '1h0m0s'],
  ['60m', '1h0m0s'],
  ['90m', '1h30m0s'],
  ['1.5h', '1h30m0s'],
  ['15m', '15m0s'],
  ['30s', '30s'],
  ['1m30s', '1m30s'],
  ['1.5s', '1.5s'],
  ['0s', '0s'],
  ['0', '0s'],
  ['500ms', '500ms'],
  ['1500ms', '1.5s'],
  ['1.5ms', '1.5ms'],
  ['2us', '2µs'],
  ['2µs', '2µs'],
  ['100ns', '100ns'],
  ['24h', '24h0m0s'],
  ['1h1ns', '1h0m0.000000001s'],
  ['2562047h', '2562047h0m0s'],
];

test('canonical Go duration strings', () => {
  for (const [input, want] of CANONICAL) assert.is(canonicalGoDuration(input), want, input);
});

test('strings Go rejects are rejected', () => {
  for (const bad of ['', 'h', '.h', '1', '1x', '-', '1h 30m', '3000000h']) assert.is(parseGoDuration(bad), undefined, bad);
});

test.run();

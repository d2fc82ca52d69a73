/** How commands report: diagnostics to stderr (text or JSON), data to stdout, exit codes by class. */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { formatJson, formatText } from '../lib/diagnostics/format.js';

export const EXIT_OK = 0;
/** A user's mistake: there are error diagnostics. */
export const EXIT_ERRORS = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

export type Format = 'text' | 'json';

/** Anything text can be written to: process.stdout/stderr, or a buffer when run in-process. */
export interface Writer {
  write(text: string): unknown;
}

/**
 * Everything a command reads from or writes to outside its arguments. The bin
 * passes the real process (processIO); tests and the fuzzer pass buffers, so
 * they run the exact code path of the bin without spawning it.
 */
export interface CommandIO {
  stdout: Writer;
  stderr: Writer;
  env: NodeJS.ProcessEnv;
  /** All of stdin, as bytes (decoded by the command, so bad UTF-8 is a diagnostic) or text. */
  readStdin(): Uint8Array | string;
}

export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, readStdin: () => fs.readFileSync(0) };
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], format: Format, stream: Writer = process.stderr): void {
  if (format === 'json') {
    stream.write(formatJson(diagnostics));
    return;
  }
  for (const d of diagnostics) stream.write(formatText(d) + '\n');
}

/**
 * Items carry package-relative paths (what kpt expects); people want paths
 * they can open from where they ran the command.
 */
export function displayPaths(diagnostics: Diagnostic[], root: string, cwd = process.cwd()): Diagnostic[] {
  return diagnostics.map((d) =>
    d.file && !d.file.startsWith('<') && !path.isAbsolute(d.file) ? { ...d, file: path.relative(cwd, path.join(root, d.file)).split(path.sep).join('/') || d.file } : d,
  );
}

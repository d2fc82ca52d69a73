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
  return { stdout: fdWriter(1), stderr: fdWriter(2), env: process.env, readStdin: () => fs.readFileSync(0) };
}

/**
 * Writes straight to a file descriptor, synchronously. Creating
 * process.stdout/stderr costs several milliseconds of start-up (stream
 * machinery) that a CLI printing one document does not need; writing
 * synchronously also means nothing is lost when the process exits.
 */
function fdWriter(fd: number): Writer {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let closed = false;
  return {
    write(chunk: string | Uint8Array): boolean {
      if (closed) return false;
      let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      while (buf.length > 0) {
        try {
          buf = buf.subarray(fs.writeSync(fd, buf));
        } catch (err) {
          // A non-blocking pipe that is full: wait a moment and retry.
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true; // the reader went away (`| head`): nothing more to say
            return false;
          }
          if (code !== 'EAGAIN') throw err;
          Atomics.wait(pause, 0, 0, 1);
        }
      }
      return true;
    },
  };
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

/**
 * How commands report. One rule for every command: the result (manifests,
 * ResourceList, diff, report, plan, validate's --format json findings) on
 * stdout; human diagnostics on stderr; exit codes by class.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics/diagnostic.js';
import { COLOR, formatCodeFrame, formatJson, formatStyledText, PLAIN } from '../lib/diagnostics/format.js';

export const EXIT_OK = 0;
/** A user's mistake: there are error diagnostics. */
export const EXIT_ERRORS = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

export type Format = 'text' | 'json';

/** Anything text can be written to: process.stdout/stderr, or a buffer when run in-process. */
export interface Writer {
  write(text: string): unknown;
  /** Set on the process's stderr: is it a terminal, and may it get colour. Asked only when diagnostics are printed. */
  terminal?(): Terminal;
}

export interface Terminal {
  /** Show the offending source line under each diagnostic. */
  codeFrame: boolean;
  color: boolean;
}

/**
 * Code frames when stderr is a terminal; colour then too, unless NO_COLOR is
 * set (no-color.org) or TERM=dumb. FORCE_COLOR=1 turns colour on without a
 * terminal, FORCE_COLOR=0 off.
 */
export function terminalOf(fd: number, env: NodeJS.ProcessEnv): Terminal {
  const isTTY = isTerminal(fd);
  const force = env.FORCE_COLOR;
  const color = env.NO_COLOR ? false : force !== undefined && force !== '' ? force !== '0' && force !== 'false' : isTTY && env.TERM !== 'dumb';
  return { codeFrame: isTTY, color };
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

/**
 * Whether fd is a terminal, without node:tty: loading it (it pulls in net
 * and stream) costs 10-30 ms, more than the rest of a render's start-up. A
 * terminal is a character device; the one other character device stderr is
 * commonly sent to is /dev/null.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    return st.isCharacterDevice() && st.rdev !== fs.statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

export function processIO(): CommandIO {
  const stderr: Writer = { ...fdWriter(2), terminal: () => terminalOf(2, process.env) };
  return { stdout: fdWriter(1), stderr, env: process.env, readStdin: () => fs.readFileSync(0) };
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
  const terminal = stream.terminal?.();
  const style = terminal?.color ? COLOR : PLAIN;
  const sources = new Map<string, string[] | undefined>();
  // One write for all (a large estate has hundreds of warnings: one system call each before).
  let text = '';
  for (const d of diagnostics) {
    const line = terminal?.codeFrame ? sourceLine(d, sources) : undefined;
    text += formatStyledText(d, style) + '\n' + (line !== undefined ? formatCodeFrame(d, line, style) + '\n' : '');
  }
  if (text) stream.write(text);
}

/** The line a diagnostic points at, read only now (never on the start-up path); undefined when there is none. */
function sourceLine(d: Diagnostic, cache: Map<string, string[] | undefined>): string | undefined {
  if (!d.file || !d.line || d.file.startsWith('<')) return undefined;
  if (!cache.has(d.file)) {
    let lines: string[] | undefined;
    try {
      const st = fs.statSync(d.file);
      lines = st.isFile() && st.size <= 16 * 1024 * 1024 ? fs.readFileSync(d.file, 'utf8').split('\n') : undefined;
    } catch {
      lines = undefined;
    }
    cache.set(d.file, lines);
  }
  const line = cache.get(d.file)?.[d.line - 1];
  return line === undefined || line.trim() === '' ? undefined : line;
}

/**
 * Items carry package-relative paths (what kpt expects); people want the
 * paths they gave: `render pkg` reports `pkg/inventory.yaml`, `render
 * /abs/pkg` reports `/abs/pkg/inventory.yaml`, `render ./x.yaml` reports
 * `./x.yaml`. A file under none of the inputs is shown relative to the
 * working directory.
 */
export function pathShower(root: string, inputs: readonly string[], cwd = process.cwd()): (file: string) => string {
  // The deepest input first: `render a a/b` shows a/b/x.yaml through a/b.
  const given = inputs.map((input) => ({ input, abs: path.resolve(cwd, input) })).sort((a, b) => b.abs.length - a.abs.length);
  return (file) => {
    if (!file || file.startsWith('<') || path.isAbsolute(file)) return file;
    const abs = path.resolve(cwd, root, file);
    for (const { input, abs: base } of given) {
      if (abs === base) return input;
      if (abs.startsWith(base.endsWith(path.sep) ? base : base + path.sep)) {
        const rest = path.relative(base, abs).split(path.sep).join('/');
        const prefix = input.replace(/[\\/]+$/, '');
        return prefix === '.' || prefix === '' ? (input.startsWith('/') ? `/${rest}` : rest) : `${prefix}/${rest}`;
      }
    }
    return path.relative(cwd, abs).split(path.sep).join('/') || file;
  };
}

export function displayPaths(diagnostics: Diagnostic[], root: string, inputs: readonly string[], cwd = process.cwd()): Diagnostic[] {
  const show = pathShower(root, inputs, cwd);
  return diagnostics.map((d) => (d.file ? { ...d, file: show(d.file) } : d));
}

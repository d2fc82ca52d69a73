/** A small, strict argument parser: unknown flags are usage errors with a suggestion. */
import { nearest } from '../lib/diagnostics/did-you-mean.js';

export interface FlagSpec {
  /** Flag takes a value (`--format json`); otherwise it is a boolean. */
  value?: boolean;
  /** Allowed values, if fixed. */
  choices?: string[];
  /** May be given more than once (values collected). */
  repeat?: boolean;
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean | string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const s = spec[name];
    if (!s) {
      const near = nearest(name, Object.keys(spec));
      throw new UsageError(`unknown option --${name}${near ? `; did you mean --${near}?` : `; options: ${Object.keys(spec).map((k) => `--${k}`).join(', ')}`}`);
    }
    if (!s.value) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.flags[name] = true;
      continue;
    }
    const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new UsageError(`--${name} needs a value`);
    if (s.choices && !s.choices.includes(v)) throw new UsageError(`--${name} must be one of ${s.choices.join(', ')}, not "${v}"`);
    if (s.repeat) out.flags[name] = [...((out.flags[name] as string[]) ?? []), v];
    else out.flags[name] = v;
  }
  return out;
}

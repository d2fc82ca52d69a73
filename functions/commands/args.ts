/** A small, strict argument parser: unknown flags are usage errors with a suggestion. */
import { nearest } from '../lib/diagnostics/did-you-mean.js';
import type { OptionTable } from './options.js';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean | string[]>;
}

/** The command line is wrong: exit 2 with the command's usage line. */
export class UsageError extends Error {}

/** `--help` or `-h` among the options: print the command's help and exit 0. */
export class HelpRequested extends Error {}

/**
 * Long options only (`--name`, `--name=value`, `--name value`), as in the
 * option table; `-h` is the one short option. Any other `-x` is a usage
 * error, never a path (a file named `-o` is written `./-o` or after `--`).
 */
export function parseArgs(argv: string[], spec: OptionTable): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  const known = () => Object.keys(spec).map((k) => `--${k}`).join(', ');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--help' || a === '-h') throw new HelpRequested();
    if (!a.startsWith('-') || a === '-') {
      out.positional.push(a);
      continue;
    }
    if (!a.startsWith('--')) {
      throw new UsageError(`unknown option ${a.slice(0, 2)}: only long options are accepted (${known() || 'none'}, --help)`);
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const s = spec[name];
    if (!s) {
      const near = nearest(name, Object.keys(spec));
      throw new UsageError(`unknown option --${name}${near ? `; did you mean --${near}?` : `; options: ${known() || 'none'}`}`);
    }
    if (!s.value) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.flags[name] = true;
      continue;
    }
    const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new UsageError(`--${name} needs a value (${s.value})`);
    if (s.choices && !s.choices.includes(v)) throw new UsageError(`--${name} must be one of ${s.choices.join(', ')}, not "${v}"`);
    if (s.repeat) out.flags[name] = [...((out.flags[name] as string[]) ?? []), v];
    else out.flags[name] = v;
  }
  return out;
}

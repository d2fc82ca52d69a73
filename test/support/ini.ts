/** A minimal INI reader for tests: section -> key -> value (comments and blank lines skipped). */
export function parseIni(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let section = 'DEFAULT';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^\[([^\]]+)\]$/.exec(line);
    if (m) {
      section = m[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    if (!out.has(section)) out.set(section, new Map());
    out.get(section)!.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return out;
}

/** All key/value pairs of every section, flattened. */
export function iniPairs(text: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const s of parseIni(text).values()) for (const [k, v] of s) all.set(k, v);
  return all;
}

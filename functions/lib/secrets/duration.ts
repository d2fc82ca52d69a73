/**
 * Go durations (time.ParseDuration / Duration.String). ESO stores
 * refreshInterval as a metav1.Duration, so the API server hands back the
 * canonical form (`1h` comes back as `1h0m0s`); writing that form keeps Argo CD
 * from showing the ExternalSecret as permanently OutOfSync (ESO PR #1028).
 */

const NS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 MICRO SIGN
  'μs': 1_000n, // U+03BC GREEK SMALL LETTER MU
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** The largest time.Duration (int64 nanoseconds, about 292 years). */
export const MAX_DURATION_NS = 2n ** 63n - 1n;

/** Nanoseconds of a Go duration string, or undefined when Go would reject it. */
export function parseGoDuration(text: string): bigint | undefined {
  if (text === '0') return 0n;
  const part = /([0-9]*)(?:\.([0-9]*))?(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0n;
  let at = 0;
  if (text.length === 0) return undefined;
  while (at < text.length) {
    part.lastIndex = at;
    const m = part.exec(text);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
    const unit = NS[m[3]];
    const whole = BigInt(m[1] || '0');
    const frac = m[2] ?? '';
    // Go scales the fraction in float64; exact integer arithmetic agrees for every value a person writes.
    const fracNs = frac ? (BigInt(frac) * unit) / 10n ** BigInt(frac.length) : 0n;
    total += whole * unit + fracNs;
    if (total > MAX_DURATION_NS) return undefined;
    at = part.lastIndex;
  }
  return total;
}

/** time.Duration.String(): `1h0m0s`, `1m30s`, `1.5s`, `500ms`, `0s`. */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const sign = ns < 0n ? '-' : '';
  const u = ns < 0n ? -ns : ns;
  if (u < 1_000_000_000n) {
    // Below one second Go picks the largest unit that keeps an integer part.
    if (u < 1_000n) return `${sign}${u}ns`;
    if (u < 1_000_000n) return `${sign}${fraction(u, 1_000n)}µs`;
    return `${sign}${fraction(u, 1_000_000n)}ms`;
  }
  const hours = u / NS.h;
  const minutes = (u % NS.h) / NS.m;
  const seconds = fraction(u % NS.m, NS.s);
  if (hours > 0n) return `${sign}${hours}h${minutes}m${seconds}s`;
  if (minutes > 0n) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${seconds}s`;
}

/** `value / unit` as a decimal without trailing zeros (Go's fmtFrac + fmtInt). */
function fraction(value: bigint, unit: bigint): string {
  const whole = value / unit;
  const rest = value % unit;
  if (rest === 0n) return `${whole}`;
  const digits = unit.toString().length - 1;
  return `${whole}.${rest.toString().padStart(digits, '0').replace(/0+$/, '')}`;
}

/** The canonical form of a Go duration string, or undefined when it is not one. */
export function canonicalGoDuration(text: string): string | undefined {
  const ns = parseGoDuration(text);
  return ns === undefined ? undefined : formatGoDuration(ns);
}

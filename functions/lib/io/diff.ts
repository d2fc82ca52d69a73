/**
 * A small line-based unified diff in the format of `diff -u` and `git diff`,
 * for `check` to show how a committed rendered folder differs from what
 * render would write. No dependency needed. Myers' O(ND) algorithm: the
 * classic search with a trace while the trace stays small (most diffs), else
 * the linear-space middle-snake bisection of the same paper (section 4b) on
 * lines interned to numbers, so memory never grows with the size of the
 * files times the number of differences. Wholly added or removed files skip
 * the comparison.
 */

export interface DiffOptions {
  /** Unchanged lines shown around each change (diff -u default: 3). */
  context?: number;
  /**
   * Bytes the O(ND)-space search may use for its trace (default 16 MiB):
   * within it the diff is exactly the classic Myers one; beyond it the
   * linear-space search takes over. 0 always uses the linear-space search.
   */
  traceBudget?: number;
}

interface Line {
  text: string;
  /** false only for a last line without "\n" (printed with "\ No newline at end of file"). */
  eol: boolean;
}

type Op = { kind: ' ' | '-' | '+'; line: Line };

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const last = parts.pop()!;
  const lines = parts.map((t) => ({ text: t, eol: true }));
  if (last !== '') lines.push({ text: last, eol: false });
  return lines;
}

const same = (x: Line, y: Line) => x.text === y.text && x.eol === y.eol;

/**
 * The shortest edit script turning a into b (Myers 1986, with a trace for the
 * way back), or undefined as soon as the trace would outgrow `budget` bytes:
 * memory grows with the number of differences times the size of the files.
 */
function tracedScript(a: Line[], b: Line[], budget: number): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= n + m; d++) {
    if ((trace.length + 1) * v.byteLength > budget) return undefined;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && same(a[x], b[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1] < before[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ kind: ' ', line: a[x] });
  }
  return ops.reverse();
}

/** Within each run of changed lines, removals first, then additions (as diff -u prints them). */
function removalsFirst(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i].kind === ' ') {
      out.push(ops[i++]);
      continue;
    }
    let j = i;
    while (j < ops.length && ops[j].kind !== ' ') j++;
    const run = ops.slice(i, j);
    out.push(...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
    i = j;
  }
  return out;
}

/**
 * A search of a sub-problem that reaches this many differences stops and
 * splits at the furthest point it reached (GNU diff's "too expensive"
 * heuristic): the script stays correct, possibly not the shortest, and the
 * time stays near linear when nearly every line differs.
 */
const MAX_COST = 4096;

/** An edit script turning a into b in linear space: the shortest unless a sub-problem exceeds MAX_COST differences. */
function linearScript(a: Line[], b: Line[]): Op[] {
  // Lines as numbers: equal lines (text and final newline) get the same id.
  const ids = new Map<string, number>();
  const intern = (lines: Line[]) => Int32Array.from(lines, (l) => {
    const key = l.eol ? `\n${l.text}` : l.text;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
  const A = intern(a);
  const B = intern(b);
  const ops: Op[] = [];

  // Ops for a[aLo, aHi) -> b[bLo, bHi), appended in order.
  const compare = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) ops.push({ kind: ' ', line: a[aLo++] }), bLo++;
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && A[aHi - suffix - 1] === B[bHi - suffix - 1]) suffix++;
    aHi -= suffix;
    bHi -= suffix;
    if (aLo === aHi) for (let y = bLo; y < bHi; y++) ops.push({ kind: '+', line: b[y] });
    else if (bLo === bHi) for (let x = aLo; x < aHi; x++) ops.push({ kind: '-', line: a[x] });
    else {
      let [x, y] = split(aLo, aHi, bLo, bHi);
      // Any point splits correctly; one that splits off nothing would not end.
      if ((x === aLo && y === bLo) || (x === aHi && y === bHi)) [x, y] = [aLo + 1, bLo];
      compare(aLo, x, bLo, y);
      compare(x, aHi, y, bHi);
    }
    for (let i = 0; i < suffix; i++) ops.push({ kind: ' ', line: a[aHi + i] });
  };

  // A point on a shortest path through a[aLo, aHi) x b[bLo, bHi): where the forward and the
  // backward search meet (both non-empty, no common prefix or suffix, so it splits the problem).
  const split = (aLo: number, aHi: number, bLo: number, bHi: number): [number, number] => {
    const n = aHi - aLo;
    const m = bHi - bLo;
    const maxD = Math.ceil((n + m) / 2);
    const offset = maxD + 1;
    // Furthest x on each diagonal k = x - y, forward from the start and backward from the end (in reversed coordinates).
    const forward = new Int32Array(2 * offset + 2).fill(-1);
    const backward = new Int32Array(2 * offset + 2).fill(-1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    let best: [number, number] = [aLo, bLo];
    let bestReach = -1;
    for (let d = 0; d <= maxD; d++) {
      for (let k = -d; k <= d; k += 2) {
        const i = offset + k;
        let x = k === -d || (k !== d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1;
        if (x < 0) continue;
        let y = x - k;
        if (x > n || y > m || y < 0) continue;
        while (x < n && y < m && A[aLo + x] === B[bLo + y]) x++, y++;
        forward[i] = x;
        if (x + y > bestReach && x + y < n + m) (bestReach = x + y), (best = [aLo + x, bLo + y]);
        const j = offset + delta - k;
        if (odd && j >= 0 && j < backward.length && backward[j] >= 0 && x >= n - backward[j]) return [aLo + x, bLo + y];
      }
      for (let k = -d; k <= d; k += 2) {
        const i = offset + k;
        let x = k === -d || (k !== d && backward[i - 1] < backward[i + 1]) ? backward[i + 1] : backward[i - 1] + 1;
        if (x < 0) continue;
        let y = x - k;
        if (x > n || y > m || y < 0) continue;
        while (x < n && y < m && A[aHi - x - 1] === B[bHi - y - 1]) x++, y++;
        backward[i] = x;
        const j = offset + delta - k;
        if (!odd && j >= 0 && j < forward.length && forward[j] >= 0 && forward[j] >= n - x) {
          const fx = forward[j];
          return [aLo + fx, bLo + fx - (delta - k)];
        }
      }
      if (d >= MAX_COST && bestReach > 0) return best;
    }
    return best;
  };

  compare(0, A.length, 0, B.length);
  return removalsFirst(ops);
}

/**
 * Unified diff of two texts, '' when they are equal. `fromName`/`toName`
 * label the --- and +++ lines; a side that is undefined (no such file) is
 * shown as /dev/null.
 */
export function unifiedDiff(fromName: string, toName: string, from: string | undefined, to: string | undefined, options: DiffOptions = {}): string {
  if (from === to) return '';
  const context = options.context ?? 3;
  const out = [`--- ${from === undefined ? '/dev/null' : fromName}`, `+++ ${to === undefined ? '/dev/null' : toName}`];
  const a = splitLines(from ?? '');
  const b = splitLines(to ?? '');
  // A wholly added or removed file is one hunk: nothing to compare.
  if (a.length === 0 || b.length === 0) {
    const [kind, lines] = a.length === 0 ? ['+', b] : ['-', a];
    out.push(a.length === 0 ? `@@ -0,0 +${range(1, b.length)} @@` : `@@ -${range(1, a.length)} +0,0 @@`);
    for (const line of lines) {
      out.push(kind + line.text);
      if (!line.eol) out.push('\\ No newline at end of file');
    }
    return out.join('\n') + '\n';
  }
  const ops = tracedScript(a, b, options.traceBudget ?? 16 * 1024 * 1024) ?? linearScript(a, b);

  // 1-based line number each op starts at, on each side.
  const lineA: number[] = [];
  const lineB: number[] = [];
  let na = 1;
  let nb = 1;
  for (const o of ops) {
    lineA.push(na);
    lineB.push(nb);
    if (o.kind !== '+') na++;
    if (o.kind !== '-') nb++;
  }

  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // Extend the hunk over changes separated by at most 2*context unchanged lines.
    let last = i;
    for (let j = i + 1; j < ops.length && j - last <= 2 * context; j++) if (ops[j].kind !== ' ') last = j;
    const start = Math.max(0, i - context);
    const stop = Math.min(ops.length, last + context + 1);
    const hunk = ops.slice(start, stop);
    const countA = hunk.filter((o) => o.kind !== '+').length;
    const countB = hunk.filter((o) => o.kind !== '-').length;
    // diff -u numbers an empty side by the line before it.
    out.push(`@@ -${range(countA ? lineA[start] : lineA[start] - 1, countA)} +${range(countB ? lineB[start] : lineB[start] - 1, countB)} @@`);
    for (const o of hunk) {
      out.push(o.kind + o.line.text);
      if (!o.line.eol) out.push('\\ No newline at end of file');
    }
    i = stop;
  }
  return out.join('\n') + '\n';
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * A small line-based unified diff (Myers' O(ND) algorithm) in the format of
 * `diff -u` and `git diff`, for `check` to show how a committed rendered
 * folder differs from what render would write. No dependency needed.
 */

export interface DiffOptions {
  /** Unchanged lines shown around each change (diff -u default: 3). */
  context?: number;
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

/** The shortest edit script turning a into b (Myers 1986, with a trace for the way back). */
function editScript(a: Line[], b: Line[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= n + m; d++) {
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

/**
 * Unified diff of two texts, '' when they are equal. `fromName`/`toName`
 * label the --- and +++ lines; a side that is undefined (no such file) is
 * shown as /dev/null.
 */
export function unifiedDiff(fromName: string, toName: string, from: string | undefined, to: string | undefined, options: DiffOptions = {}): string {
  if (from === to) return '';
  const context = options.context ?? 3;
  const ops = editScript(splitLines(from ?? ''), splitLines(to ?? ''));
  const out = [`--- ${from === undefined ? '/dev/null' : fromName}`, `+++ ${to === undefined ? '/dev/null' : toName}`];

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

// A unified diff of two texts (what `--diff` prints), by line, with three lines of context.
const CONTEXT = 3;

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The edit script between two line lists: a longest common subsequence after the common start and end are set aside. */
function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  // Fixes change a few lines: the middle is small. A table of (n+1)*(m+1) lengths, filled from the end.
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = midA[i] === midB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const ops: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      ops.push({ kind: ' ', line: midA[i++] });
      j++;
    } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) ops.push({ kind: '-', line: midA[i++] });
    else ops.push({ kind: '+', line: midB[j++] });
  }
  for (const line of a.slice(endA)) ops.push({ kind: ' ', line });
  return ops;
}

/** `--- a/file` / `+++ b/file` and the hunks; empty when the texts have the same lines. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const changes = ops.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (changes.length === 0) return '';
  let out = `--- a/${file}\n+++ b/${file}\n`;
  let k = 0;
  while (k < changes.length) {
    let first = changes[k];
    let last = first;
    while (k + 1 < changes.length && changes[k + 1] - last <= 2 * CONTEXT + 1) last = changes[++k];
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(ops.length, last + CONTEXT + 1);
    // Line numbers where the hunk starts in each text.
    let lineA = 1;
    let lineB = 1;
    for (const o of ops.slice(0, from)) {
      if (o.kind !== '+') lineA++;
      if (o.kind !== '-') lineB++;
    }
    const hunk = ops.slice(from, to);
    const countA = hunk.filter((o) => o.kind !== '+').length;
    const countB = hunk.filter((o) => o.kind !== '-').length;
    out += `@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@\n`;
    for (const o of hunk) out += `${o.kind}${o.line}\n`;
    first = last;
  }
  return out;
}

/** A readable line diff of committed vs actual output: only the differing lines, with line numbers. */
export function lineDiff(expected: string, actual: string, context = 1): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const n = Math.max(a.length, b.length);
  const differs = (i: number): boolean => a[i] !== b[i];
  const show = new Set<number>();
  for (let i = 0; i < n; i += 1) {
    if (!differs(i)) continue;
    for (let j = Math.max(0, i - context); j <= Math.min(n - 1, i + context); j += 1) show.add(j);
  }
  const lines: string[] = [];
  let last = -2;
  for (const i of [...show].sort((x, y) => x - y)) {
    if (i > last + 1 && lines.length > 0) lines.push('      ...');
    last = i;
    const num = String(i + 1).padStart(4);
    if (!differs(i)) {
      lines.push(`${num}    ${a[i] ?? ''}`);
      continue;
    }
    lines.push(a[i] === undefined ? `${num}  - (no line)` : `${num}  - ${a[i]}`);
    lines.push(b[i] === undefined ? `${num}  + (no line)` : `${num}  + ${b[i]}`);
  }
  return lines.join('\n');
}

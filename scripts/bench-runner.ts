/**
 * npm run bench:runner: the warm pool against a cold baseline (a new sandbox + python3 + imports per run),
 * measured side by side in one run, for a small torch snippet and a pure-Python snippet.
 * Reports p50/p95 latency of sequential runs and runs/second with 2 concurrent clients.
 */
import { runCold } from '../src/server/runner/cold-run.ts';
import { RunnerPool } from '../src/server/runner/pool.ts';
import type { RunOutcome } from '../src/server/runner/run-types.ts';

const SNIPPETS = {
  torch:
    'import torch\ntorch.manual_seed(0)\nw = torch.randn(4, 4, requires_grad=True)\n(w @ w).sum().backward()\nprint(round(w.grad.sum().item(), 3))',
  python: 'print(sum(i * i for i in range(10_000)))',
};
const COLD_RUNS = Number(process.env['BENCH_COLD_RUNS'] ?? 8);
const WARM_RUNS = Number(process.env['BENCH_WARM_RUNS'] ?? 100);
const CONCURRENCY = 2;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function ok(outcome: RunOutcome): void {
  if (!outcome.ok) throw new Error(outcome.message);
  if (outcome.exitCode !== 0) throw new Error(`benchmark snippet failed: ${outcome.stderr}`);
}

async function latency(runOnce: () => Promise<RunOutcome>, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    ok(await runOnce());
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

async function throughput(runOnce: () => Promise<RunOutcome>, n: number): Promise<number> {
  let left = n;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left > 0) {
        left -= 1;
        ok(await runOnce());
      }
    }),
  );
  return n / ((performance.now() - t) / 1000);
}

const pool = new RunnerPool({ size: 2, maxQueue: 64 });
await pool.warm();
console.log(
  `runner benchmark: ${pool.size} warm slots (${pool.cgroupMode === 'none' ? 'rlimits' : `cgroup ${pool.cgroupMode}`}), ${COLD_RUNS} cold and ${WARM_RUNS} warm runs per snippet\n`,
);
console.log('snippet  runner   p50 ms   p95 ms   runs/s   p50 speed-up');
for (const [name, code] of Object.entries(SNIPPETS)) {
  const cold = await latency(() => runCold({ code }), COLD_RUNS);
  const coldRate = await throughput(() => runCold({ code }), COLD_RUNS);
  const warm = await latency(() => pool.run(code), WARM_RUNS);
  const warmRate = await throughput(() => pool.run(code), WARM_RUNS);
  const row = (label: string, t: number[], rate: number, ratio: string): string =>
    `${name.padEnd(8)} ${label.padEnd(7)} ${percentile(t, 50).toFixed(0).padStart(7)} ${percentile(t, 95).toFixed(0).padStart(8)} ${rate.toFixed(1).padStart(8)}   ${ratio}`;
  console.log(row('cold', cold, coldRate, '1.0x (baseline)'));
  console.log(row('warm', warm, warmRate, `${(percentile(cold, 50) / percentile(warm, 50)).toFixed(0)}x`));
}
pool.close();

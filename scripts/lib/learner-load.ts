import { Agent, request as httpRequest } from 'node:http';

/** One request a learner makes. */
export interface LearnerRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A group of learners doing the same thing at the same average pace. */
export interface LearnerPlan {
  route: string;
  /** Learner numbers (used for cookies and addresses) are offset + 0 .. learners - 1. */
  offset: number;
  learners: number;
  /** Mean pause between one answer and the next request; 0 asks again at once (a saturating baseline). */
  meanPauseMs: number;
  request: (learner: number) => LearnerRequest;
}

export interface RouteStats {
  route: string;
  learners: number;
  /** Milliseconds from sending the request to the last byte of its answer. */
  latencies: number[];
  status: Map<number, number>;
  /** Connection failures and timeouts: no HTTP answer at all. */
  errors: number;
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Runs every plan's learners for `seconds`. Each learner has its own keep-alive connection and waits for
 * an answer before pausing again, like a person clicking; pauses are exponential around the plan's mean
 * and each learner starts at a random moment, so arrivals spread out the way independent people's do
 * (Poisson) instead of arriving in lockstep once a second.
 */
export async function runLearners(base: string, plans: LearnerPlan[], seconds: number): Promise<RouteStats[]> {
  const { hostname, port } = new URL(base);
  const endAt = performance.now() + seconds * 1000;
  const stats = plans.map((p) => ({
    route: p.route,
    learners: p.learners,
    latencies: [] as number[],
    status: new Map<number, number>(),
    errors: 0,
  }));
  const agents: Agent[] = [];
  const loops = plans.flatMap((plan, i) =>
    Array.from({ length: plan.learners }, async (_, n) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      const route = stats[i]!;
      if (plan.meanPauseMs > 0) await sleep(Math.random() * plan.meanPauseMs);
      while (performance.now() < endAt) {
        const outcome = await send(agent, hostname, Number(port), plan.request(plan.offset + n));
        if (outcome.status === undefined) route.errors += 1;
        else {
          route.latencies.push(outcome.ms);
          route.status.set(outcome.status, (route.status.get(outcome.status) ?? 0) + 1);
        }
        if (plan.meanPauseMs > 0) await sleep(Math.min(exponential(plan.meanPauseMs), endAt - performance.now()));
      }
    }),
  );
  await Promise.all(loops);
  for (const agent of agents) agent.destroy();
  return stats;
}

function send(
  agent: Agent,
  host: string,
  port: number,
  req: LearnerRequest,
): Promise<{ status: number | undefined; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers =
      req.body === undefined ? req.headers : { ...req.headers, 'content-length': Buffer.byteLength(req.body) };
    const outgoing = httpRequest({ agent, host, port, method: req.method, path: req.path, headers }, (res) => {
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      res.on('error', () => resolve({ status: undefined, ms: 0 }));
      res.resume();
    });
    outgoing.setTimeout(REQUEST_TIMEOUT_MS, () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', () => resolve({ status: undefined, ms: 0 }));
    outgoing.end(req.body);
  });
}

function exponential(mean: number): number {
  return -mean * Math.log(1 - Math.random());
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}

/** The p-th percentile (nearest rank) of ascending values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

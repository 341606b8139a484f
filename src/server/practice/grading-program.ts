import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../content-model/problems.ts';
import { runnerDir } from '../runner/runner-setup.ts';

interface GraderSources {
  wire: string;
  grader: string;
  worker: string;
}

let sources: GraderSources | undefined;

function graderSources(): GraderSources {
  const read = (name: string): string => readFileSync(join(runnerDir(), 'grading', name), 'utf8');
  sources ??= { wire: read('wire.py'), grader: read('grader.py'), worker: read('worker.py') };
  return sources;
}

export interface GradingRequest {
  problem: Problem;
  code: string;
  /** Run: the visible tests only. Submit: every test. */
  visibleOnly: boolean;
  /** Marks the verdict line; the learner's code never sees it. */
  nonce: string;
}

/**
 * The one program a grading runs in the sandbox: the codec, the grader and a call carrying the payload.
 * The payload travels as a JSON text inside a Python string literal (a JSON string is a valid one).
 */
export function gradingProgram({ problem, code, visibleOnly, nonce }: GradingRequest): string {
  const { wire, grader, worker } = graderSources();
  const payload = {
    nonce,
    code,
    visibleOnly,
    tests: problem.tests,
    solution: problem.solution,
    function: problem.frontmatter.function,
    rtol: problem.frontmatter.tolerance.rtol,
    atol: problem.frontmatter.tolerance.atol,
    timeLimitMs: problem.frontmatter.timeLimitMs,
    workerSource: `${wire}\n${worker}`,
  };
  return `${wire}\n${grader}\n\ngrade(loads(${JSON.stringify(JSON.stringify(payload))}))\n`;
}

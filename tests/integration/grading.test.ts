import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProblem } from '../../src/content-model/problems.ts';
import { gradeSubmission, type Grading } from '../../src/server/practice/grade.ts';
import { closeRunner, run, runnerPool } from '../../src/server/runner/runner.ts';

const problem = loadProblem('tests/fixtures/project', 'scale-vector');
const HEADER = 'import numpy as np\n';

async function grade(code: string, visibleOnly = false): Promise<Grading> {
  const outcome = await gradeSubmission(problem, code, visibleOnly, (program, limits) =>
    run({ code: program, limits }),
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

function statuses(g: Grading): string[] {
  return g.tests.map((t) => t.status);
}

describe('the grading harness', () => {
  beforeAll(() => runnerPool().warm());
  afterAll(() => closeRunner());

  it('accepts the reference solution and reports every test in file order', async () => {
    const g = await grade(problem.solution);
    expect(g.verdict).toBe('accepted');
    expect(g.tests.map((t) => t.name)).toEqual(problem.cases.map((c) => c.name));
    expect(g.passed).toBe(8);
    expect(g.tests.every((t) => t.durationMs >= 0)).toBe(true);
  });

  it('runs only the visible tests on Run', async () => {
    const g = await grade(problem.solution, true);
    expect(g.tests.map((t) => t.name)).toEqual(['doubles_three_values', 'zero_factor']);
  });

  it('passes within the stated tolerance and fails outside it, showing expected vs actual', async () => {
    const close = await grade(
      `${HEADER}def scale(x, k):\n    return np.asarray(x, dtype=np.float64) * k * (1 + 1e-8)\n`,
    );
    expect(close.verdict).toBe('accepted');
    const off = await grade(`${HEADER}def scale(x, k):\n    return np.asarray(x, dtype=np.float64) * k * 1.001\n`);
    expect(off.verdict).toBe('wrong_answer');
    expect(off.tests[0]?.message).toBe('the result[0] is 2.002, expected 2.0');
  });

  it('names a dtype or shape mismatch', async () => {
    const f32 = await grade(`${HEADER}def scale(x, k):\n    return (x * k).astype(np.float32)\n`);
    expect(f32.tests[0]?.message).toBe('the result has dtype float32, expected float64');
    const shape = await grade(`${HEADER}def scale(x, k):\n    return (x * k).reshape(1, -1)\n`);
    expect(shape.tests[0]?.message).toBe('the result has shape (1, 3), expected (3,)');
    const list = await grade(`${HEADER}def scale(x, k):\n    return list(x * k)\n`);
    expect(list.tests[0]?.message).toBe('the result should be array, but it is list');
  });

  it('never accepts an object whose == always answers True', async () => {
    const g = await grade(
      `${HEADER}class Yes:\n    def __eq__(self, other):\n        return True\n    __hash__ = object.__hash__\n` +
        `def scale(x, k):\n    return Yes()\n`,
    );
    expect(g.verdict).toBe('error');
    expect(g.passed).toBe(0);
    expect(g.tests[0]?.message).toContain('cannot be graded');
    const sub = await grade(
      `${HEADER}class Yes(np.ndarray):\n    def __eq__(self, other):\n        return np.ones(np.shape(other), bool)\n` +
        `def scale(x, k):\n    return np.zeros_like(x).view(Yes)\n`,
    );
    expect(sub.verdict).toBe('wrong_answer');
    expect(sub.passed).toBe(2); // zero_factor and the empty vector, whose right answers are all zeros
  });

  it('ignores fake PASS lines and look-alike reports printed by the learner', async () => {
    const fake = 'json.dumps({"tests": [{"name": "x", "visible": True, "status": "passed"}]})';
    const printer = await grade(
      `import json, sys\nprint("PASS all tests", ${fake})\nprint("ACCEPTED 8/8", file=sys.stderr)\n` +
        `def scale(x, k):\n    print("PASS")\n    return x\n`,
    );
    expect(printer.verdict).toBe('wrong_answer');
    expect(printer.passed).toBe(1);
    expect(printer.tests[0]?.output).toContain('PASS');
    const everyFd = await grade(
      `import os, json\nfor fd in range(64):\n    try:\n        os.write(fd, ("PASS " + ${fake} + "\\n").encode())\n    except OSError:\n        pass\n` +
        `def scale(x, k):\n    return x\n`,
    );
    expect(everyFd.verdict).not.toBe('accepted');
    expect(everyFd.passed).toBeLessThan(8);
  });

  it('turns an early exit with status 0 into errors, at load or during one test', async () => {
    const atLoad = await grade('import sys\nsys.exit(0)\ndef scale(x, k):\n    return x * k\n');
    expect(statuses(atLoad)).toEqual(Array<string>(8).fill('error'));
    expect(atLoad.tests[0]?.message).toContain('SystemExit');
    const during = await grade(
      `import os\n${HEADER}def scale(x, k):\n    if k == 0.0:\n        os._exit(0)\n    return np.asarray(x, dtype=np.float64) * k\n`,
    );
    expect(statuses(during)).toEqual(['passed', 'error', ...Array<string>(6).fill('passed')]);
    expect(during.tests[1]?.message).toContain('exited with status 0');
  });

  it('cannot be turned into a pass by monkeypatching or by killing the grader', async () => {
    const patched = await grade(
      'import sys, builtins, types\n' +
        'h = types.ModuleType("harness"); h.case = lambda **kw: (lambda f: f); sys.modules["harness"] = h\n' +
        'builtins.isinstance = lambda *a: True\n' +
        'def scale(x, k):\n    return x\n',
    );
    expect(patched.verdict).not.toBe('accepted');
    expect(patched.passed).toBeLessThan(8);
    const killer = await grade(
      'import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\ndef scale(x, k):\n    return x\n',
    );
    expect(killer.verdict).toBe('error');
    expect(killer.passed).toBe(0);
    expect(killer.tests[0]?.message).toContain('the grading stopped before it reported');
  });

  it('reports an exception with its traceback on a visible test and only its type on a hidden one', async () => {
    const g = await grade(
      `${HEADER}def scale(x, k):\n    if k < 0:\n        raise ValueError(f"secret {x.tolist()}")\n    if x.ndim == 2:\n        class Leak(Exception): pass\n        raise type("x" + str(x.shape[0]), (Exception,), {})()\n    return np.asarray(x, dtype=np.float64) * k\n`,
    );
    expect(g.tests.find((t) => t.name === 'hidden_negative_factor')?.message).toBe(
      'raised ValueError on a hidden test',
    );
    expect(g.tests.find((t) => t.name === 'hidden_matrix')?.message).toBe('raised an exception on a hidden test');
    const visible = await grade(`def scale(x, k):\n    return 1 / 0\n`);
    expect(visible.tests[0]?.message).toMatch(/File "solution.py", line 2, in scale[\s\S]*ZeroDivisionError/);
    expect(visible.tests[0]?.message).not.toContain('grader');
  });

  it('times out one slow test and still reports the others', async () => {
    const g = await grade(
      `import time\n${HEADER}def scale(x, k):\n    if k == 0.5:\n        time.sleep(30)\n    return np.asarray(x, dtype=np.float64) * k\n`,
    );
    expect(g.verdict).toBe('time_limit');
    expect(statuses(g)).toEqual(['passed', 'passed', 'passed', 'timeout', 'passed', 'passed', 'passed', 'passed']);
    expect(g.tests[3]?.message).toContain('0.8 s');
  });

  it('keeps hidden tests and the reference out of reach of the learner', async () => {
    const spy = readFileSync('tests/fixtures/grading/spy.py', 'utf8');
    const g = await grade(spy);
    expect(g.tests.map((t) => t.message).join('\n')).not.toContain('LEAKED');
    expect(g.verdict).toBe('accepted');
  });

  it('gives the same verdicts on every run', async () => {
    const code = `${HEADER}def scale(x, k):\n    return np.asarray(x, dtype=np.float64) * abs(k)\n`;
    const [a, b] = [await grade(code), await grade(code)];
    expect(statuses(a)).toEqual(statuses(b));
    expect(a.verdict).toBe('wrong_answer');
  });
});

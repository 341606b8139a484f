import { describe, expect, it } from 'vitest';
import { parseCases } from '../../src/content-model/problems.ts';
import { readReport, verdictOf } from '../../src/server/practice/grade.ts';
import type { RunResult } from '../../src/server/runner/run-types.ts';

const cases = [
  { name: 'a', visible: true, stated: true },
  { name: 'b', visible: false, stated: false },
];
const NONCE = 'n0nce';

function outcome(stdout: string, extra: Partial<RunResult> = {}): RunResult {
  return {
    ok: true,
    stdout,
    stderr: '',
    exitCode: 0,
    signal: null,
    timedOut: false,
    truncated: false,
    durationMs: 5,
    ...extra,
  };
}

const test = (name: string, visible: boolean, status: string) => ({
  name,
  visible,
  status,
  message: '',
  output: '',
  durationMs: 1,
});

describe('reading a grading report', () => {
  it('takes only the line that starts with the nonce', () => {
    const report = JSON.stringify({ tests: [test('a', true, 'passed'), test('b', false, 'failed')] });
    const fake = JSON.stringify({ tests: [test('a', true, 'passed'), test('b', false, 'passed')] });
    const tests = readReport(outcome(`PASS ${fake}\nwrong ${fake}\n${NONCE} ${report}\n`), NONCE, cases);
    expect(tests.map((t) => t.status)).toEqual(['passed', 'failed']);
  });

  it('turns a missing report into errors, or time limits when the run timed out', () => {
    const fake = JSON.stringify({ tests: [test('a', true, 'passed'), test('b', false, 'passed')] });
    expect(readReport(outcome(`PASS ${fake}\n`), NONCE, cases).map((t) => t.status)).toEqual(['error', 'error']);
    const slow = readReport(outcome('', { timedOut: true, exitCode: 137 }), NONCE, cases);
    expect(slow.map((t) => t.status)).toEqual(['timeout', 'timeout']);
  });

  it('refuses a report that names other tests or fewer of them than declared', () => {
    const short = JSON.stringify({ tests: [test('a', true, 'passed')] });
    expect(() => readReport(outcome(`${NONCE} ${short}\n`), NONCE, cases)).toThrow(/other than the problem declares/);
    const renamed = JSON.stringify({ tests: [test('a', true, 'passed'), test('c', false, 'passed')] });
    expect(() => readReport(outcome(`${NONCE} ${renamed}\n`), NONCE, cases)).toThrow(/other than/);
  });

  it('lets the first test that did not pass decide the verdict', () => {
    expect(verdictOf([{ status: 'passed' }, { status: 'passed' }])).toBe('accepted');
    expect(verdictOf([{ status: 'passed' }, { status: 'timeout' }, { status: 'failed' }])).toBe('time_limit');
    expect(verdictOf([{ status: 'failed' }, { status: 'error' }])).toBe('wrong_answer');
    expect(verdictOf([{ status: 'error' }])).toBe('error');
  });
});

describe('declared tests', () => {
  it('reads names, visibility and stated expectations in file order', () => {
    const source = [
      'from harness import case, given',
      '@case(visible=True)',
      'def first():',
      '    return given(x=1).expect(2)',
      '@case()',
      'def second():',
      '    return {"x": 2}',
    ].join('\n');
    expect(parseCases(source, 'tests.py')).toEqual([
      { name: 'first', visible: true, stated: true },
      { name: 'second', visible: false, stated: false },
    ]);
  });

  it('refuses a decorator away from its def and duplicate names', () => {
    expect(() => parseCases('@case()\n\ndef a():\n    pass\n', 'tests.py')).not.toThrow();
    expect(() => parseCases('@case()\n# note\ndef a():\n    pass\n', 'tests.py')).toThrow(/right above/);
    expect(() => parseCases('@case()\ndef a():\n    pass\n@case()\ndef a():\n    pass\n', 'tests.py')).toThrow(
      /share this name/,
    );
  });
});

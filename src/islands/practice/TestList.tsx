import type { TestResult } from '../../server/practice/grade.ts';

const MARK: Record<TestResult['status'], string> = { passed: '✓', failed: '✗', error: '!', timeout: '⏱' };
const LABEL: Record<TestResult['status'], string> = {
  passed: 'passed',
  failed: 'failed',
  error: 'error',
  timeout: 'timed out',
};

/** Per-test verdicts in file order; the first failing visible test opens to show expected vs actual. */
export function TestList({ tests }: { tests: TestResult[] }) {
  const firstFailure = tests.findIndex((t) => t.status !== 'passed');
  return (
    <ol class="test-list">
      {tests.map((t, i) => {
        const detail = t.message !== '' || t.output !== '';
        const head = (
          <>
            <span class={`test-list__mark test-list__mark--${t.status}`} aria-hidden="true">
              {MARK[t.status]}
            </span>
            <span class="test-list__name">{t.name}</span>
            <span class="visually-hidden">: {LABEL[t.status]}</span>
            {!t.visible && <span class="test-list__hidden">hidden</span>}
            <span class="test-list__time">{t.durationMs} ms</span>
          </>
        );
        return (
          <li class={`test-list__item test-list__item--${t.status}`} data-test={t.name} data-status={t.status}>
            {detail ? (
              <details open={i === firstFailure}>
                <summary>{head}</summary>
                {t.message && <pre class="test-list__message">{t.message}</pre>}
                {t.output && (
                  <>
                    <p class="test-list__label">Printed output</p>
                    <pre class="test-list__output">{t.output}</pre>
                  </>
                )}
              </details>
            ) : (
              <div class="test-list__row">{head}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import { normalizeOutput, type LessonCodeBlock } from '../../src/content-model/code-blocks.ts';
import type { RunOutcome, RunResult } from '../../src/server/runner/run-types.ts';
import { lineDiff } from './diff.ts';

export interface BlockVerdict {
  block: LessonCodeBlock;
  /** The text the output fence should hold, when the run was acceptable. */
  actual: string | undefined;
  /** Why the block fails, or undefined when it passes. */
  failure: string | undefined;
}

function tail(text: string, lines = 6): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** What a run must print into its output fence; undefined with a reason when the run is not acceptable. */
export function expectedFenceText(block: LessonCodeBlock, result: RunResult): { text?: string; failure?: string } {
  if (result.timedOut) return { failure: `ran past the wall-clock limit (${result.durationMs} ms)` };
  if (result.truncated) return { failure: 'printed more than the output limit' };
  if (block.expectError) {
    if (result.exitCode === 0) return { failure: 'is marked expect="error" but exited with status 0' };
    const lastLine = result.stderr.trimEnd().split('\n').pop() ?? '';
    return { text: `${result.stdout.trimEnd()}\n${lastLine}`.replace(/^\n/, '') };
  }
  if (result.exitCode !== 0) {
    return {
      failure: `exited with status ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}:\n${tail(result.stderr)}`,
    };
  }
  if (result.stderr.trim() !== '') return { failure: `wrote to stderr:\n${tail(result.stderr)}` };
  return { text: result.stdout };
}

/** Judges one block from its run: passes only when the committed output equals the real one. */
export function judgeBlock(block: LessonCodeBlock, outcome: RunOutcome): BlockVerdict {
  if (!outcome.ok) return { block, actual: undefined, failure: outcome.message };
  const { text, failure } = expectedFenceText(block, outcome);
  if (text === undefined) return { block, actual: undefined, failure };
  const committed = normalizeOutput(block.output?.value ?? '');
  const actual = normalizeOutput(text);
  if (!block.output) return { block, actual, failure: 'has no ```output fence' };
  if (committed === actual) return { block, actual, failure: undefined };
  return {
    block,
    actual,
    failure: `printed output differs from the committed output (- committed, + actual):\n${lineDiff(committed, actual)}`,
  };
}

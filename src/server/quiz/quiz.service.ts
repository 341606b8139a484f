import type { Check } from '../../schemas/check.ts';
import { PASS_PERCENT, type QuizResult } from './quiz.ts';

/** Grades chosen indices against the check's answer key. `answers.length` must equal the question count. */
export function gradeAnswers(check: Check, answers: number[]): QuizResult {
  const results = check.questions.map((q, i) => ({
    id: q.id,
    correct: answers[i] === q.answer,
    answer: q.answer,
    explanation: q.explanation,
  }));
  const score = results.filter((r) => r.correct).length;
  const total = results.length;
  const percent = Math.round((score / total) * 1000) / 10;
  return { score, total, percent, passed: (score / total) * 100 > PASS_PERCENT, results };
}

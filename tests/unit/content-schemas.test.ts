import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCurriculum } from '../../src/content-model/curriculum.ts';
import { parseCheck, parseLessonSource, toPublicCheck } from '../../src/content-model/lessons.ts';
import { checkQuestions } from '../../src/content-model/validate-lesson.ts';

const FIXTURE = 'tests/fixtures/project/content';
const curriculum = parseCurriculum(readFileSync(`${FIXTURE}/curriculum.yaml`, 'utf8'));
const lesson = curriculum.lessons[0]!;
const mdx = readFileSync(`${FIXTURE}/lessons/basics/first-steps/index.mdx`, 'utf8');
const checkYaml = readFileSync(`${FIXTURE}/lessons/basics/first-steps/check.yaml`, 'utf8');

describe('lesson and check schemas', () => {
  it('parses a valid lesson: frontmatter, blocks, body facts and reading time', () => {
    const source = parseLessonSource(lesson, 'lesson.mdx', mdx);
    expect(source.frontmatter.difficulty).toBe('Easy');
    expect(source.blocks.filter((b) => b.runnable)).toHaveLength(3);
    expect(source.facts.citations.map((c) => c.value)).toEqual([1, 2, 3]);
    expect(source.facts.figures[0]).toMatchObject({ src: 'figures/box.svg', alt: 'A rectangle', caption: 'A box.' });
    expect(source.readingMinutes).toBe(1);
  });

  it('names the file and the field of a frontmatter error', () => {
    expect(() =>
      parseLessonSource(lesson, 'lesson.mdx', mdx.replace('difficulty: Easy', 'difficulty: Trivial')),
    ).toThrow(/lesson\.mdx \(frontmatter\)[\s\S]*difficulty/);
    expect(() => parseLessonSource(lesson, 'lesson.mdx', mdx.replace('    year: 2017\n', ''))).toThrow(
      /references\.1\.year/,
    );
  });

  it('rejects a title that differs from the curriculum', () => {
    expect(() =>
      parseLessonSource(lesson, 'lesson.mdx', mdx.replace('title: "First Steps"', 'title: "First steps"')),
    ).toThrow(/title: "First steps" differs from curriculum\.yaml's "First Steps"/);
  });

  it('names the question field of a check error', () => {
    expect(() => parseCheck(checkYaml.replace('answer: 1,', 'answer: 4,'), 'check.yaml')).toThrow(
      /questions\.0\.answer/,
    );
    expect(() =>
      parseCheck(
        checkYaml.replace('choices: ["1", "2", "3", "4"], answer: 1', 'choices: ["1", "2", "3"], answer: 1'),
        'check.yaml',
      ),
    ).toThrow(/questions\.0\.choices/);
  });

  it('wants answers spread over three positions and unique ids', () => {
    const check = parseCheck(checkYaml, 'check.yaml');
    expect(checkQuestions('check.yaml', check)).toEqual([]);
    const bunched = { ...check, questions: check.questions.map((q) => ({ ...q, answer: q.answer % 2, id: 'same' })) };
    const messages = checkQuestions('check.yaml', bunched).map((p) => p.message);
    expect(messages).toContain('question id "same" is used twice');
    expect(messages.some((m) => m.startsWith('right answers sit at only 2 position(s)'))).toBe(true);
  });

  it('makes a public check without answers or explanations', () => {
    const publicCheck = toPublicCheck(parseCheck(checkYaml, 'check.yaml'));
    const text = JSON.stringify(publicCheck);
    expect(text).not.toContain('FIXTURE-EXPLANATION');
    expect(text).not.toContain('"answer"');
    expect(publicCheck.questions[0]).toEqual({
      id: 'q-1',
      prompt: 'What is 1 + 1 here?',
      choices: ['1', '2', '3', '4'],
    });
  });
});

import type { z } from 'zod';

/** A problem in a content file, reported as file, field, what was received and what was expected. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field === '' ? '' : `${field}: `}${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/** Turns a Zod failure into one ContentError per issue, each naming the field path. */
export function zodIssuesToErrors(file: string, error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(root)';
    const received = 'input' in issue && issue.input !== undefined ? ` (received ${JSON.stringify(issue.input)})` : '';
    return new ContentError(file, field, `${issue.message}${received}`);
  });
}

/** Parses `data` with `schema`, throwing one ContentError that lists every issue. */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const errors = zodIssuesToErrors(file, result.error);
  throw new ContentError(file, '', `\n${errors.map((e) => `  - ${e.message.slice(file.length + 2)}`).join('\n')}`);
}

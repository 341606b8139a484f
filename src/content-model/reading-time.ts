/** Reading minutes per the content guide: prose words / 230 + code lines / 40, rounded up (at least 1). */
export function readingMinutes(proseWords: number, codeLines: number): number {
  return Math.max(1, Math.ceil(proseWords / 230 + codeLines / 40));
}

/** Counts words the way a reader sees them: runs of letters, digits and apostrophes. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

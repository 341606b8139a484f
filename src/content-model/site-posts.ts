import { loadPosts, type PostSource } from './posts.ts';

let cached: PostSource[] | undefined;

/** The project's posts, newest first, read once per build. */
export function getPosts(): PostSource[] {
  cached ??= loadPosts(process.cwd());
  return cached;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

import { defineMiddleware } from 'astro:middleware';
import { closeApp } from './server/app.ts';
import { installShutdown, isDraining, track } from './server/lifecycle.ts';
import { closeRunner } from './server/runner/runner.ts';

/** Every on-demand request is counted for graceful shutdown; once draining, new ones get 503. */
export const onRequest = defineMiddleware((context, next) => {
  if (context.isPrerendered) return next();
  installShutdown(async () => {
    closeRunner();
    await closeApp();
  });
  if (isDraining()) {
    return Response.json(
      { error: { code: 'shutting_down', message: 'The server is restarting. Try again in a moment.' } },
      { status: 503, headers: { connection: 'close', 'retry-after': '2', 'cache-control': 'no-store' } },
    );
  }
  return track(() => next());
});

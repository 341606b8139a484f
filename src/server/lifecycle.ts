/**
 * Graceful shutdown for the server process. On SIGTERM (or SIGINT) it stops taking new API requests
 * (they get 503 with Connection: close, so a balancer retries elsewhere), waits for the ones in flight
 * (at most DRAIN_SECONDS), then closes the database and the runner pool and exits 0.
 */
export const DRAIN_SECONDS = 10;
const FLUSH_MS = 500;

let inFlight = 0;
let draining = false;
let idle: (() => void) | undefined;

export function isDraining(): boolean {
  return draining;
}

/** Runs one request's handler, counted as in flight until its response is produced. */
export async function track<T>(handle: () => Promise<T>): Promise<T> {
  inFlight += 1;
  try {
    return await handle();
  } finally {
    inFlight -= 1;
    if (inFlight === 0) idle?.();
  }
}

/** Waits until no request is in flight, or `seconds` pass; true when it drained. */
export function drain(seconds: number): Promise<boolean> {
  draining = true;
  if (inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), seconds * 1000);
    idle = () => {
      clearTimeout(timer);
      resolve(true);
    };
  });
}

let installed = false;

/** Installs the signal handlers once; `close` releases the database and the runner. */
export function installShutdown(close: () => Promise<void>): void {
  if (installed) return;
  installed = true;
  const stop = (signal: string): void => {
    if (draining) return;
    void (async () => {
      const clean = await drain(DRAIN_SECONDS);
      // A handler's Response exists before its bytes reach the socket: give the last ones time to flush.
      await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
      console.log(
        `${signal}: ${clean ? 'finished every request in flight' : `stopped waiting after ${DRAIN_SECONDS} s`}; closing.`,
      );
      try {
        await close();
      } finally {
        process.exit(0);
      }
    })();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

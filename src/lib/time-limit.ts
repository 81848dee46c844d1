/** How long a page's data or code may take to arrive before the page gives up and offers a retry. */
export const TIME_LIMIT_MS = 15_000;

/** Thrown when something did not arrive within its time limit. */
export class TimedOut extends Error {
  constructor(what: string, limit: number) {
    super(`${what}: no answer within ${limit / 1000} s`);
    this.name = "TimedOut";
  }
}

/**
 * `load`, failing with TimedOut if it has not settled within `limit` ms (a stalled network ends in an error).
 * The signal it is given is aborted then, so that a request can be cancelled too.
 */
export function withinTime<T>(what: string, load: (signal: AbortSignal) => Promise<T>, limit = TIME_LIMIT_MS): () => Promise<T> {
  return () => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new TimedOut(what, limit));
        controller.abort();
      }, limit);
    });
    return Promise.race([load(controller.signal), late]).finally(() => clearTimeout(timer));
  };
}

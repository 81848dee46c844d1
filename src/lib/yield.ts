// Gives the browser a chance to paint and handle input before a long piece of work.

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a later task (scheduler.yield where there is one, else a zero timeout). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has painted the next frame, so that what follows is not counted in the
 * response to the reader's input (a frame, then a task). Where there is no frame to wait for (the
 * prerenderer, a hidden tab), it resolves after a task or a short wait.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== "function" || typeof document === "undefined" || document.hidden) return yieldToMain();
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

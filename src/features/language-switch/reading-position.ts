// Keeps the reader's place across a language switch: blocks, meetings and decisions share ids across
// languages, so the element being read is found again in the other language and put back where it was.

export type ReadingPosition = { id: string; offset: number };

/**
 * The element being read: the first anchored element that starts in the upper half of the viewport, else
 * the one that spans its top edge. Body blocks come first; on a wide screen the side column comes after.
 */
export function captureReadingPosition(): ReadingPosition | undefined {
  if (window.scrollY < 1) return undefined; // at the top: the new page starts at the top too
  const groups = [
    document.querySelectorAll<HTMLElement>(".article-body [data-anchor][id]"),
    document.querySelectorAll<HTMLElement>("[data-anchor][id]"),
  ];
  for (const elements of groups) {
    let spanning: ReadingPosition | undefined;
    for (const el of elements) {
      const box = el.getBoundingClientRect();
      if (box.height === 0) continue;
      if (box.top >= 0 && box.top < window.innerHeight / 2) return { id: el.id, offset: box.top };
      if (!spanning && box.top < 0 && box.bottom > 0) spanning = { id: el.id, offset: box.top };
    }
    if (spanning) return spanning;
  }
  return undefined;
}

/** Scrolls so that the element with the captured id is where it was. */
export function restoreReadingPosition(position: ReadingPosition): void {
  const el = document.getElementById(position.id);
  if (!el) return;
  window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - position.offset, behavior: "instant" });
}

export function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.offset === "number";
}

// One polite status region for the whole page (rendered once, by the layout): a short confirmation such as
// "Link copied" is both read out and shown for a moment, wherever the reader's focus is.

const LIVE_REGION_ID = "live-region";
/** How long a message stays on screen. */
const SHOWN_MS = 6000;

let clearing: ReturnType<typeof setTimeout> | undefined;

// A polite live region, not role="status": a listing's result count is the page's status (filter-form.tsx).
export function LiveRegion() {
  return <p id={LIVE_REGION_ID} className="live-region" aria-live="polite" aria-atomic="true" />;
}

/** Says `message` in the live region, then clears it; the same words twice are said twice. */
export function announce(message: string): void {
  const region = document.getElementById(LIVE_REGION_ID);
  if (!region) return;
  region.textContent = "";
  clearTimeout(clearing);
  // Set after the region was emptied, so that a screen reader hears a change even for the same words.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
  clearing = setTimeout(() => {
    region.textContent = "";
  }, SHOWN_MS);
}

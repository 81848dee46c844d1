/** Longest piece of a value taken from the URL that a message quotes back: a link may carry anything. */
export const MAX_ECHO = 40;

/** The value cut to MAX_ECHO characters, with an ellipsis when cut. */
export function clip(value: string): string {
  const chars = [...value];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join("")}…` : value;
}

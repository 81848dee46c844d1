// Text compared the way a reader reads it: "Février", "fevrier" and "FÉVRIER" are one word.

/** Lower case, accents and other marks dropped, every kind of space one space: "Février" reads "fevrier". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

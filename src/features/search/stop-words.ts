// Words nearly every release holds, in each language, and the letters an apostrophe cuts off (l’, qu’, ’s,
// ’ll): a query of only these would find everything and say nothing, so the page asks for a more telling
// word instead of searching; among other words, the engine leaves them out.
import type { Lang } from "../../content/vocabulary.ts";

const STOP_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(
    "a à ai au aux avec c ce ces cet cette d dans de des du elle en et eux il ils j je l la le les leur leurs lui m ma mais me même mes moi mon n ne nos notre nous on ou où par pas pour qu que qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y été être est sont ont".split(
      " ",
    ),
  ),
  en: new Set(
    "a an and are as at be been but by d for from had has have he her his i if in into is it its ll m of on or our re s she so t than that the their them then there these they this those to ve was we were which who will with you".split(
      " ",
    ),
  ),
};

/** True when `word` (any case) is a stop word of `lang`. */
export function isStopWord(word: string, lang: Lang): boolean {
  return STOP_WORDS[lang].has(word.toLocaleLowerCase(lang));
}

/**
 * Runs of words that the formatter fills like a paragraph rather than
 * keeping them on one line, and how it fills them. Apart from the layout
 * of documents (`layout-doc.ts`, Prettier's), since the printer asks it of
 * every wide line (`../wrap.ts`) and needs the documents only for the few
 * it lays out again.
 */

/**
 * A segment of more parts than this, or of words (strings, labels) wider
 * than `FILL_WIDTH`, is filled like the words of a paragraph rather than
 * kept on one line.
 */
const FILL_ABOVE = 4;
const FILL_WIDTH = 40;

/**
 * Whether a segment of `count` words, `width` columns with a space after
 * each, is filled like a paragraph (its line may break) rather than kept on
 * one line (it never breaks, however wide).
 */
export function fillsWords(count: number, width: number): boolean {
  return count > 1 && (count > FILL_ABOVE || width > FILL_WIDTH);
}

/**
 * `words` filled as the formatter fills a paragraph, the first at
 * `column`: each later word goes on the line of the one before when it
 * ends within `width`, otherwise it starts a line at `continued`.
 */
export function filledWords(words: readonly string[], column: number, continued: number, width: number): string {
  const lineBreak = "\n" + " ".repeat(continued);
  let out = words[0];
  let at = column + words[0].length;
  for (let k = 1; k < words.length; k++) {
    const word = words[k];
    if (at + 1 + word.length <= width) {
      out += " " + word;
      at += 1 + word.length;
    } else {
      out += lineBreak + word;
      at = continued + word.length;
    }
  }
  return out;
}

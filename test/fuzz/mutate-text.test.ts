/**
 * The text mutations give token lists of strings whatever text they are
 * given: a hole or an `undefined` in the list ends a fuzz run in the
 * mutator, not in the code under test.
 */
import { describe, expect, it } from "@jest/globals";
import { Prng } from "../../fuzz/prng.js";
import { TEXT_MUTATIONS, tokenize } from "../../fuzz/mutate-text.js";

const TEXTS = ["", " ", "\n\t ", "(module)", "(module (func (block $l (br $l))))", ";; a comment alone\n"];

describe("text mutations", () => {
  it.each(TEXT_MUTATIONS.map((m) => [m.name, m] as const))("%s gives strings only, on any text, a blank one included", (_name, mutation) => {
    for (const text of TEXTS) {
      for (let seed = 0; seed < 200; seed++) {
        const tokens = mutation.apply(tokenize(text), new Prng(seed), tokenize("(func (param i32))"));
        expect({ text, seed, strings: Array.from(tokens, (t) => typeof t).every((t) => t === "string") }).toEqual({ text, seed, strings: true });
      }
    }
  });
});

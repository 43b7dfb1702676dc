/**
 * Block comments read as the spec's lexical grammar says: inside `(; ... ;)`
 * a `;` not followed by `)` and a `(` not followed by `;` are ordinary
 * characters, `(;` opens a nested comment, and the first `;)` at depth zero
 * closes it, also when another `;` comes right before it (`(; a ;;)`).
 */
import { describe, expect, it } from "@jest/globals";
import { parseModule } from "../../src/api/public.js";

const funcsOf = (text: string): number => parseModule(text).funcs.length;

describe("block comments", () => {
  it.each([
    ["(module (; a ;;) (func))", 1],
    ["(module (; ends in two semicolons ;;)\n  (func) (func))", 2],
    ["(module (;;) (func))", 1],
    ["(module (;;;) (func))", 1],
    ["(module (; ;; not a line comment ;) (func))", 1],
    ["(module (; a ; b ( c ;) (func))", 1],
    ["(module (; outer (; inner ;;) still outer ;;) (func))", 1],
  ])("%j closes where the grammar says", (text, funcs) => {
    expect(funcsOf(text)).toBe(funcs);
  });

  it.each([
    ["(module (; ;) ;) (func))", "1:15"],
    ["(module (; (;) ;) (func))", "1:9"],
  ])("%j is malformed, located", (text, at) => {
    expect(() => parseModule(text)).toThrow(new RegExp(`^${at}: `));
  });
});

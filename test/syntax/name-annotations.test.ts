/**
 * `(@name "...")` after the keyword of every entity the annotations
 * proposal names gives that entity its name in the name section, encoded as
 * wasm-tools (jco) encodes it. A struct field takes one too (the name
 * section's field subsection), which the jco release here refuses.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { decode } from "../../src/binary/decode.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const ENTITIES: [string, string][] = [
  ["module", '(module (@name "M") (func))'],
  ["func", '(module (func (@name "f")))'],
  ["imported func", '(module (import "a" "b" (func (@name "imp"))))'],
  ["param", '(module (func (param (@name "p") i32)))'],
  ["local", '(module (func (local (@name "l") i32)))'],
  ["global", '(module (global (@name "g") i32 (i32.const 0)))'],
  ["table", '(module (table (@name "t") 1 funcref))'],
  ["memory", '(module (memory (@name "m") 1))'],
  ["tag", '(module (tag (@name "e")))'],
  ["type", '(module (type (@name "T") (func)))'],
  ["elem", '(module (elem (@name "E") func))'],
  ["data", '(module (data (@name "D") ""))'],
  ["label", '(module (func block (@name "L") end))'],
];

describe("@name on every kind of entity", () => {
  it.each(ENTITIES)("%s: named as wasm-tools names it", async (_, text) => {
    expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(await jcoParse(text)));
  });

  it("names a struct field in the field subsection", () => {
    const module = decode(wat2wasm('(module (type (struct (field (@name "x y") i32))))'));
    const struct = module.types[0].types[0].comp;
    expect(struct.kind === "struct" && struct.fields[0].name).toBe("x y");
  });
});

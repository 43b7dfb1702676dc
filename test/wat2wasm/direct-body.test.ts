/**
 * A function body encoded straight from its text (`direct-body.ts`) is the
 * code entry the parser's path gives for it, byte for byte and label name
 * for label name; a body it does not take goes through the parser; and
 * errors in bodies are reported where the parser reports them.
 */
import { readFileSync } from "node:fs";
import { encode, encodeBodies } from "../../src/binary/encode.js";
import { ByteWriter } from "../../src/binary/writer.js";
import { assignIndices } from "../../src/module/indices.js";
import { resolveForBodies } from "../../src/module/resolve.js";
import { WatError } from "../../src/syntax/errors.js";
import { splitFuncBodies } from "../../src/syntax/func-bodies.js";
import { parseWat } from "../../src/syntax/parse.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { BodyConverter } from "../../src/wat2wasm/body-converter.js";
import { DirectBodies } from "../../src/wat2wasm/direct-body.js";
import { corpusBinaries } from "../helpers/real-binaries.js";
import { readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";
import { errorOf } from "../helpers/wat-error.js";

interface Tally {
  direct: number;
  bodies: number;
  /** Bodies whose direct entry differs from the parsed one: where, and the first differing byte. */
  differences: string[];
}

/** Compares, body by body, the direct entry of each body of `text` with the parsed one. */
function compareBodies(name: string, text: string, tally: Tally): void {
  const split = splitFuncBodies(text);
  if (split === undefined) return;
  const skeleton = parseWat(split.skeleton).commands[0];
  if (skeleton?.kind !== "module" || skeleton.module.kind !== "module") return;
  let resolver;
  try {
    resolver = resolveForBodies(skeleton.module, split.skeleton);
  } catch (error) {
    if (error instanceof WatError) return;
    throw error;
  }
  assignIndices(resolver.module);
  for (const slot of split.bodies) {
    tally.bodies++;
    const w = new ByteWriter();
    const direct = new DirectBodies(w, true, undefined);
    if (!direct.entry(text, slot.start, slot.end, resolver.scope(slot.field))) continue;
    tally.direct++;
    const field = parseWat("(func " + text.slice(slot.start, slot.end) + ")").commands[0];
    if (field.kind !== "module" || field.module.kind !== "module" || field.module.fields[0].kind !== "func") throw new Error("not a function");
    const func = resolver.define(slot.field, field.module.fields[0].body);
    const parsed = func === undefined ? undefined : encodeBodies(resolver.module, [func], true);
    const bytes = w.finish();
    const same = parsed !== undefined && Buffer.from(parsed.bytes).equals(Buffer.from(bytes));
    if (!same || JSON.stringify(parsed.labelNames) !== JSON.stringify(direct.labelNames)) {
      const at = parsed === undefined ? -1 : bytes.findIndex((b, i) => b !== parsed.bytes[i]);
      tally.differences.push(`${name}: body of function field ${slot.field}, byte ${at}`);
    }
  }
}

/** The bytes of the parser's path: the whole text parsed and resolved. */
function parsed(text: string, names = true): Buffer {
  return Buffer.from(encode(watToModule(text), { names }));
}

/**
 * Converts all bodies of `text` in order on one thread, as `wat2wasm` does:
 * whether they were taken, and how many directly; and checks that `wat2wasm`
 * gives the parser's bytes, with names and without.
 */
function convertAll(text: string): { taken: boolean; direct: number } {
  const split = splitFuncBodies(text)!;
  const converter = new BodyConverter(split.skeleton, true);
  const taken = converter.convertSlots(text, split.bodies, true) !== undefined;
  expect(Buffer.from(wat2wasm(text, { jobs: 1 })).equals(parsed(text))).toBe(true);
  expect(Buffer.from(wat2wasm(text, { jobs: 1, names: false })).equals(parsed(text, false))).toBe(true);
  return { taken, direct: converter.direct };
}

describe("function bodies encoded straight from their text", () => {
  test("every spec module: each body the direct path takes is encoded as the parser's path encodes it", () => {
    const tally: Tally = { direct: 0, bodies: 0, differences: [] };
    for (const name of specFileNames()) {
      const file = readSpecFile(name);
      for (const module of validModules(file.script.commands)) {
        if (module.kind !== "module") continue;
        compareBodies(`${name}:${module.start}`, textOf(file.source, module), tally);
      }
    }
    console.log(`spec modules: ${tally.direct} of ${tally.bodies} bodies encoded directly`);
    expect(tally.differences).toEqual([]);
    // Measured 9435 of 10168: the rest use exact or shared heap types, memory orders, folded legacy try, stack switching, inline type uses without a type to reuse (bodies converted one by one here).
    expect(tally.direct).toBeGreaterThan(9000);
  });

  test("printed corpus binaries: every body is encoded directly, as the parser's path encodes it", () => {
    const tally: Tally = { direct: 0, bodies: 0, differences: [] };
    // The Go binaries are alike: one stands for them.
    const corpus = corpusBinaries().filter((b) => b.name.endsWith(".wasm") && (!b.name.includes("/go/") || b.name.includes("/go/hello/")));
    for (const b of corpus) compareBodies(b.name, wasm2wat(readFileSync(b.path)), tally);
    console.log(`corpus: ${tally.direct} of ${tally.bodies} bodies encoded directly`);
    expect(tally.differences).toEqual([]);
    expect(tally.direct).toBe(tally.bodies);
  });

  test("a body the direct path does not take is parsed, among bodies it takes, and the module is the same", () => {
    const text = `(module
  (type $t (func (param i32) (result i32)))
  (memory 1)
  (data $d "abc")
  (func $a (param $x i32) (result i32)
    block $out (result i32)
      local.get $x
      br_if $out
      i32.const 7
    end)
  (func $b (param i32) (result i32)
    local.get 0
    (@other "\\01") if
      nop
    end
    i32.const 1)
  (func $c (param i32) (result i32)
    (if (result i32) (local.get 0) (then (call $a (i32.const 1))) (else (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1)) (i32.const 2)))))
`;
    const split = splitFuncBodies(text)!;
    const converter = new BodyConverter(split.skeleton, true);
    expect(converter.convertSlots(text, split.bodies)).toBeDefined();
    expect({ direct: converter.direct, parsed: converter.parsed }).toEqual({ direct: 2, parsed: 1 });
    expect(Buffer.from(wat2wasm(text, { jobs: 1 })).equals(parsed(text))).toBe(true);
    expect(Buffer.from(wat2wasm(text, { jobs: 1, names: false })).equals(parsed(text, false))).toBe(true);
  });

  test("inline type uses in bodies reuse the types of earlier headers directly", () => {
    const text = `(module
  (type $pair (func (result i32 i32)))
  (table 1 funcref)
  (func $f (param i64) (result i64) (local.get 0))
  (func $g (param i64) (result i64)
    (block (param i64) (result i64) (i64.const 1) (i64.add))
    (call_indirect (param i64) (result i64) (i32.const 0))
    (drop (block (result i32 i32) (i32.const 1) (i32.const 2)))))
`;
    const split = splitFuncBodies(text)!;
    const converter = new BodyConverter(split.skeleton, true);
    expect(converter.convertSlots(text, split.bodies)).toBeDefined();
    expect(converter.direct).toBe(2);
    expect(Buffer.from(wat2wasm(text, { jobs: 1 })).equals(parsed(text))).toBe(true);
  });

  test("a body's type use matching an implicit type that a later header makes takes the index the whole text's order gives", () => {
    // In text order the block's type comes first; the skeleton alone has (param f32) first.
    const text = `(module
  (func $f1 (block (param i64) (result i64) (i64.const 1) (drop)) (unreachable))
  (func $f2 (param f32))
  (func $f3 (param i64) (result i64) (local.get 0)))
`;
    const split = splitFuncBodies(text)!;
    const converter = new BodyConverter(split.skeleton, true);
    expect(converter.convertSlots(text, split.bodies.slice(0, 1))).toBeUndefined();
    expect(Buffer.from(wat2wasm(text, { jobs: 1 })).equals(parsed(text))).toBe(true);
  });

  describe("converting every body in order, a body's type use makes the type no earlier one matches", () => {
    test("after the types made before it and before those later headers make", () => {
      const text = `(module
  (func $f1 (param i32))
  (func $f2 (result i32 i32)
    (block (param i64) (result i64) (i64.const 1) (i64.const 2) (i64.add))
    (drop)
    (call_indirect (param f64) (f64.const 1) (i32.const 0))
    (block (result i32 i32) (i32.const 1) (i32.const 2)))
  (table 1 funcref)
  (func $f3 (param f32))
  (func $f4 (block (param i64) (result i64) (local.get 0)) (drop) (unreachable)))
`;
      expect(convertAll(text)).toEqual({ taken: true, direct: 4 });
    });

    test("moving up a type that a later header makes, when the body uses it first", () => {
      const text = `(module
  (func $f1 (i64.const 1) (block (param i64) (result i64)) (drop) (call $f2 (f32.const 0)))
  (func $f2 (param f32))
  (func $f3 (param i64) (result i64) (local.get 0)))
`;
      expect(convertAll(text)).toEqual({ taken: true, direct: 3 });
    });

    test("in folded code, in binary order: an operand after a parked instruction that made a type is the parser's", () => {
      // The inner call_indirect comes first in binary, so its type goes first.
      const text = `(module
  (table 1 funcref)
  (func $f (call_indirect (param i64) (call_indirect (result i64) (i32.const 0)) (i32.const 0)))
  (func $g (if (param i64) (i64.const 1) (i32.eqz (call_indirect (result i32) (i32.const 0))) (then (drop)))))
`;
      expect(convertAll(text)).toEqual({ taken: false, direct: 0 });
      // Operands that make no type of their own need not wait.
      const reuse = `(module
  (table 1 funcref)
  (func $f (call_indirect (param i64) (i64.const 1) (i32.const 0)) (call_indirect (param i64) (call_indirect (param i64) (i64.const 1) (i32.const 0)) (i32.const 0)))
  (func $g (result i32 i32) (block (param i32) (result i32 i32) (i32.const 1) (i32.const 2))))
`;
      expect(convertAll(reuse)).toEqual({ taken: true, direct: 2 });
    });

    test("not when a type after its place is named by number: the number would name another type", () => {
      const text = `(module
  (func $a (param i32))
  (func $b (i64.const 1) (block (param i64) (drop)))
  (func $c (param f32))
  (func $d (type 2) (local.get 0) (drop)))
`;
      expect(convertAll(text).taken).toBe(false);
    });

    test("a made type outside the feature set is reported as the parser's path reports it", () => {
      const text = "(module\n  (func (ref.null func)\n    (block (param funcref) (drop))))\n";
      const features = ["multi-value"];
      const expected = errorOf(() => watToModule(text, { features }));
      expect(expected.message).toContain("reference-types");
      expect(errorOf(() => wat2wasm(text, { jobs: 1, features }))).toEqual(expected);
      expect(convertAll(text)).toEqual({ taken: true, direct: 1 });
    });

    test("of reference types to defined types, found again as written: by id, or by index (which makes none)", () => {
      const text = `(module
  (type $s (struct))
  (func $f (param (ref null $s)) (result (ref null $s)) (local.get 0))
  (func $g (ref.null $s) (block (param (ref null $s)) (result (ref null $s))) (drop))
  (func $h (ref.null $s) (block (param (ref null $s)) (result (ref $s)) (ref.as_non_null)) (drop)))
`;
      expect(convertAll(text)).toEqual({ taken: true, direct: 3 });
      const byIndex = text.replace("(result (ref $s))", "(result (ref 0))");
      expect(convertAll(byIndex).taken).toBe(false);
    });

    test("a batch converted apart (another thread's) makes none", () => {
      const text = "(module\n  (func (i64.const 1) (block (param i64) (drop))))\n";
      const split = splitFuncBodies(text)!;
      const converter = new BodyConverter(split.skeleton, true);
      expect(converter.convertSlots(text, split.bodies)).toBeUndefined();
      expect(converter.direct).toBe(0);
    });
  });

  test("folded try_table is encoded directly, its catch labels bound outside it", () => {
    const text = `(module
  (tag $e (param i32))
  (func $f (result i32)
    (block $h (result i32)
      (try_table $t (catch $e $h) (catch_all 0)
        (br $t)
        (throw $e (i32.const 1)))
      (i32.const 0))))
`;
    expect(convertAll(text)).toEqual({ taken: true, direct: 1 });
  });

  test("flat legacy try is encoded directly: catch, catch_all, rethrow, delegate to the blocks around it", () => {
    const text = `(module
  (tag $e (param i32))
  (tag $x)
  (func $f (param i32) (result i32)
    block $out (result i32)
      try $t (result i32)
        local.get 0
        throw $e
      catch $e
        try $inner
          throw $x
        delegate $out
        try
          throw $x
        delegate 1
        try $u
          nop
        catch_all
          rethrow $t
        end
      catch $x
        i32.const 2
      catch_all
        rethrow 0
      end $t
      try (result i32)
        i32.const 3
      end
      drop
    end)
  (func $g
    try
      call $f2
    catch $x
    end)
  (func $f2))
`;
    expect(convertAll(text)).toEqual({ taken: true, direct: 3 });
  });

  test("folded legacy try is encoded directly: its catch clauses, catch_all, and delegate to the blocks around it", () => {
    const text = `(module
  (tag $e (param i32))
  (tag $x)
  (func $f (param i32) (result i32)
    (block $out (result i32)
      (try $t (result i32)
        (do
          (throw $e (local.get 0)))
        (catch $e
          (try $inner (do (throw $x)) (delegate $out))
          (try (do (nop)) (delegate 0))
          (try $u (do) (catch_all (rethrow $t)))
          (try (do) (catch $x) (catch $e (drop)))
          (i32.const 1))
        (catch $x
          (i32.const 2))
        (catch_all
          (rethrow 0)))))
  (func $g
    (try (do (call $g)))))
`;
    expect(convertAll(text)).toEqual({ taken: true, direct: 2 });
  });

  test("quoted ids with escapes name what their plain spelling names (spec id.wast)", () => {
    const text = `(module
  (func $AB (param $"\\u{41}" i32)
    block $"\\41B"
      local.get $A
      br_if $"A\\42"
    end $"\\u{41}\\u{42}")
  (func (call $"\\41\\42" (i32.const 1))))
`;
    expect(text).toContain('$"\\41B"');
    expect(convertAll(text)).toEqual({ taken: true, direct: 2 });
    // Not UTF-8: the parser's error.
    const bad = text.replace('$"\\41\\42"', '$"\\ff"');
    expect(errorOf(() => wat2wasm(bad, { jobs: 1 }))).toEqual(errorOf(() => watToModule(bad)));
  });

  test("a `$` alone and an empty quoted id `$\"\"` are no ids: refused where the parser refuses them, labels and references alike", () => {
    const texts = [
      "(module (func (block $ (nop))))",
      "(module (func (block $(nop))))",
      "(module (func block $ end))",
      '(module (func (block $"" (nop))))',
      '(module (func block $"" br $"" end))',
      "(module (func (try $ (do (rethrow 0)) (delegate 0))))",
      "(module (func (local i32) local.get $))",
      '(module (func $f call $""))',
      "(module (func (loop $ (br 0))))",
    ];
    for (const text of texts) {
      const parserError = errorOf(() => watToModule(text, { features: "all" }));
      expect(parserError.message).toMatch(/unknown token|empty identifier/);
      expect({ text, error: errorOf(() => wat2wasm(text, { jobs: 1, features: "all" })) }).toEqual({ text, error: parserError });
    }
  });

  test("code metadata before instructions, flat and folded, is placed as the parser's path places it", () => {
    const text = `(module
  (func $f (param i32) (result i32)
    (@metadata.code.branch_hint "\\01") (if (result i32) (local.get 0)
      (then (@metadata.code.branch_hint "\\00") (br_if 0 (i32.const 1) (@metadata.code.other "z") (i32.eqz (local.get 0))))
      (else (i32.const 2))))
  (func $g (param i32)
    (block
      local.get 0
      (@metadata.code.branch_hint "\\00") (@metadata.code.other "x" "y")
      br_if 0
      (@metadata.code.other "") nop)))
`;
    expect(convertAll(text)).toEqual({ taken: true, direct: 2 });
    const hints = wasm2wat(wat2wasm(text, { jobs: 1 }));
    expect(hints).toContain("@metadata.code.branch_hint");
  });

  test.each([
    ["a branch hint on an instruction that takes none", '(@metadata.code.branch_hint "\\00") nop'],
    ["two hints of one kind", '(@metadata.code.branch_hint "\\00") (@metadata.code.branch_hint "\\01") (br_if 0 (i32.const 0))'],
    ["a hint after the last instruction", 'nop (@metadata.code.branch_hint "\\00")'],
    ["a malformed hint", '(@metadata.code.branch_hint "\\02") (br_if 0 (i32.const 0))'],
  ])("%s is reported as the parser's path reports it", (_what, body) => {
    const text = `(module\n  (func $f\n    ${body}))\n`;
    const expected = errorOf(() => watToModule(text));
    expect(errorOf(() => wat2wasm(text, { jobs: 1 }))).toEqual(expected);
  });

  test("a line comment ends at a carriage return as at a line feed (spec comments.wast)", () => {
    const text = '(module\n  (func (export "f") (result i32)\n    i32.const 1\n    ;; comment\r    return (i32.const 2)\n    drop))\n';
    const split = splitFuncBodies(text)!;
    const converter = new BodyConverter(split.skeleton, true);
    expect(converter.convertSlots(text, split.bodies)).toBeDefined();
    expect(converter.direct).toBe(1);
    expect(Buffer.from(wat2wasm(text, { jobs: 1 })).equals(parsed(text))).toBe(true);
  });

  test.each([
    ["an unknown local", "local.get $y"],
    ["an unknown label", "br $nowhere"],
    ["a constant out of range", "i32.const 0x1_0000_0000\n    drop"],
    ["a mismatched end label", "block $a\n    end $b"],
    ["an unclosed block", "block\n    nop"],
    ["an immediate too many", "local.get 0 1\n    drop"],
    ["an unknown instruction", "i32.frob"],
    ["a label after catch", "try $t\n    catch $t 0\n    end"],
    ["a label after catch_all", "try $t\n    catch_all $t\n    end"],
    ["a second catch_all", "try\n    catch_all\n    catch_all\n    end"],
    ["a delegate after catch_all", "try\n    catch_all\n    delegate 0"],
    ["a catch outside a try", "block\n    catch_all\n    end"],
    ["a folded catch after catch_all", "(try (do) (catch_all) (catch_all))"],
    ["a folded clause after delegate", "(try (do) (delegate 0) (catch_all))"],
    ["a folded try without do", "(try (catch_all))"],
  ])("%s in a body is reported at the parser's line and column", (_what, bad) => {
    const text = `(module\n  (func $f (param $x i32)\n    nop)\n  (func $g (param $x i32)\n    ${bad}))\n`;
    const expected = errorOf(() => watToModule(text));
    expect(expected.line).toBeGreaterThanOrEqual(5);
    expect(errorOf(() => wat2wasm(text, { jobs: 1 }))).toEqual(expected);
  });

  test("folded code nested deeper than the direct path reads is the parser's: converted within its limit, reported past it", () => {
    const nested = (depth: number): string => `(module\n  (func\n    ${"(block ".repeat(depth)}${")".repeat(depth)}))\n`;
    expect(Buffer.from(wat2wasm(nested(300), { jobs: 1 })).equals(parsed(nested(300)))).toBe(true);
    const expected = errorOf(() => watToModule(nested(1500)));
    expect(expected.message).toContain("nesting deeper than");
    expect(errorOf(() => wat2wasm(nested(1500), { jobs: 1 }))).toEqual(expected);
  });

  test("an instruction outside the feature set is reported as the parser's path reports it, and converts inside it", () => {
    const text = "(module\n  (func (result i32)\n    i32.const 1\n    i32.const 2\n    i32.const 3\n    select (result i32)))\n";
    const expected = errorOf(() => watToModule(text, { features: "wasm1" }));
    expect(expected.message).toContain("needs the reference-types proposal");
    expect(errorOf(() => wat2wasm(text, { jobs: 1, features: "wasm1" }))).toEqual(expected);
    expect(Buffer.from(wat2wasm(text, { jobs: 1, features: "wasm2" })).equals(parsed(text))).toBe(true);
  });
});

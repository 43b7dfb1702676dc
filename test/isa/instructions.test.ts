import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { INSTRUCTIONS, instrAt, instrByName, instrByOpcode, type Feature } from "../../src/isa/instructions.js";

const PREFIXES = [0xfb, 0xfc, 0xfd, 0xfe];

function opcodeKey(prefix: number, code: number): string {
  return prefix === 0 ? `0x${code.toString(16)}` : `0x${prefix.toString(16)} ${code}`;
}

describe("instruction table shape", () => {
  it("has unique mnemonics", () => {
    const seen = new Set<string>();
    const duplicates = INSTRUCTIONS.map((d) => d.name).filter((n) => seen.has(n) || !seen.add(n));
    expect(duplicates).toEqual([]);
  });

  it("has unique (prefix, code) pairs, altCodes included", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const def of INSTRUCTIONS) {
      const codes = def.altCode === undefined ? [def.code] : [def.code, def.altCode];
      for (const code of codes) {
        const key = opcodeKey(def.prefix, code);
        const other = owner.get(key);
        if (other !== undefined) clashes.push(`${key}: ${other} and ${def.name}`);
        owner.set(key, def.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("uses only known prefixes, and one-byte codes never collide with a prefix", () => {
    for (const def of INSTRUCTIONS) {
      if (def.prefix === 0) {
        expect(def.code).toBeGreaterThanOrEqual(0);
        expect(def.code).toBeLessThan(256);
        expect(PREFIXES).not.toContain(def.code);
      } else {
        expect(PREFIXES).toContain(def.prefix);
        expect(Number.isInteger(def.code) && def.code >= 0).toBe(true);
      }
    }
  });

  it("sets altCode exactly on select, ref.test, ref.cast and ref.cast_desc_eq", () => {
    const withAlt = INSTRUCTIONS.filter((d) => d.altCode !== undefined).map((d) => d.name);
    expect(withAlt.sort()).toEqual(["ref.cast", "ref.cast_desc_eq", "ref.test", "select"]);
    expect(instrByName("select")).toMatchObject({ prefix: 0, code: 0x1b, altCode: 0x1c, imm: "select" });
  });

  // Counts per feature, from the spec and the proposals' overviews: e.g. SIMD
  // defines 236 opcodes, relaxed SIMD 20; GC has 0xfb 0-30 (ref.test and
  // ref.cast take two codes each) plus ref.eq.
  it("has the expected number of rows per feature", () => {
    const counts: Partial<Record<Feature, number>> = {};
    for (const def of INSTRUCTIONS) counts[def.feature] = (counts[def.feature] ?? 0) + 1;
    expect(counts).toEqual({
      mvp: 172,
      "sign-extension": 5,
      "saturating-float-to-int": 8,
      "bulk-memory": 5,
      "bulk-memory-opt": 2,
      "reference-types": 8,
      "tail-call": 2,
      "function-references": 5,
      gc: 30,
      exceptions: 3,
      "legacy-exceptions": 5,
      simd: 236,
      "relaxed-simd": 20,
      threads: 67,
      "wide-arithmetic": 4,
      "stack-switching": 7,
      "custom-descriptors": 6,
      "shared-everything-threads": 37,
    });
  });
});

/** Natural alignment derived from the mnemonic: the width of the access, log2 in bytes. */
function naturalAlign(name: string): number {
  let bits: number;
  const sized = /(?:load|store|rmw|wait)(\d+)(?:x(\d+))?/.exec(name);
  if (sized) {
    bits = Number(sized[1]) * (sized[2] === undefined ? 1 : Number(sized[2]));
  } else if (name === "memory.atomic.notify") {
    bits = 32;
  } else {
    const type = name.slice(0, name.indexOf("."));
    bits = { i32: 32, f32: 32, i64: 64, f64: 64, v128: 128 }[type] ?? NaN;
  }
  return Math.log2(bits / 8);
}

describe("alignment", () => {
  const memargRows = INSTRUCTIONS.filter((d) => d.imm === "memarg" || d.imm === "memarg_lane");

  it("covers every load, store and atomic access", () => {
    expect(memargRows.length).toBe(23 + 14 + 8 + 3 + 14 + 49);
  });

  it.each(memargRows.map((d) => [d.name, d.align] as const))("%s has natural alignment", (name, align) => {
    expect(align).toBe(naturalAlign(name));
  });

  it("is set on memarg rows only", () => {
    const stray = INSTRUCTIONS.filter((d) => d.align !== undefined && !memargRows.includes(d)).map((d) => d.name);
    expect(stray).toEqual([]);
  });
});

describe("lookups", () => {
  it("find every row by name and by opcode, altCodes included", () => {
    for (const def of INSTRUCTIONS) {
      expect(instrByName(def.name)).toBe(def);
      expect(instrByOpcode(def.prefix, def.code)).toBe(def);
      if (def.altCode !== undefined) expect(instrByOpcode(def.prefix, def.altCode)).toBe(def);
    }
  });

  it("return undefined for unknown names and reserved opcodes", () => {
    expect(instrByName("i32.load32")).toBeUndefined();
    expect(instrByName("v8x16.shuffle")).toBeUndefined();
    expect(instrByName("")).toBeUndefined();
    expect(instrByOpcode(0, 0x27)).toBeUndefined();
    expect(instrByOpcode(0, 0xfd)).toBeUndefined();
    expect(instrByOpcode(0xfd, 154)).toBeUndefined();
    expect(instrByOpcode(0xfd, 0x114)).toBeUndefined();
    expect(instrByOpcode(0xfb, 31)).toBeUndefined();
    expect(instrByOpcode(0xfe, 0x05)).toBeUndefined();
    expect(instrByOpcode(0xfe, 0x73)).toBeUndefined();
    expect(instrByOpcode(0xff, 0)).toBeUndefined();
  });

  it("find a mnemonic where it is written in a text, and only the whole of it", () => {
    for (const def of INSTRUCTIONS) {
      const text = `(${def.name} $x)`;
      expect(instrAt(text, 1, 1 + def.name.length)).toBe(def);
    }
    const text = "(i32.add i32.ad i32.addx i32.load32 nop)";
    expect(instrAt(text, 1, 8)?.name).toBe("i32.add");
    expect(instrAt(text, 9, 15)).toBeUndefined();
    expect(instrAt(text, 16, 24)).toBeUndefined();
    expect(instrAt(text, 25, 35)).toBeUndefined();
    expect(instrAt(text, 36, 39)?.name).toBe("nop");
    expect(instrAt(text, 36, 36)).toBeUndefined();
  });
});

// Opcodes checked against the spec's binary format (and the threads proposal
// for 0xfe): [mnemonic, prefix, code, altCode?].
const SPEC_OPCODES: readonly (readonly [string, number, number, number?])[] = [
  ["unreachable", 0, 0x00],
  ["try", 0, 0x06],
  ["catch", 0, 0x07],
  ["throw", 0, 0x08],
  ["rethrow", 0, 0x09],
  ["throw_ref", 0, 0x0a],
  ["end", 0, 0x0b],
  ["br_table", 0, 0x0e],
  ["return_call", 0, 0x12],
  ["return_call_indirect", 0, 0x13],
  ["call_ref", 0, 0x14],
  ["return_call_ref", 0, 0x15],
  ["delegate", 0, 0x18],
  ["catch_all", 0, 0x19],
  ["select", 0, 0x1b, 0x1c],
  ["try_table", 0, 0x1f],
  ["table.get", 0, 0x25],
  ["i64.load32_u", 0, 0x35],
  ["memory.grow", 0, 0x40],
  ["f64.const", 0, 0x44],
  ["i32.add", 0, 0x6a],
  ["i64.rotr", 0, 0x8a],
  ["f32.copysign", 0, 0x98],
  ["f64.reinterpret_i64", 0, 0xbf],
  ["i64.extend32_s", 0, 0xc4],
  ["ref.null", 0, 0xd0],
  ["ref.func", 0, 0xd2],
  ["ref.eq", 0, 0xd3],
  ["ref.as_non_null", 0, 0xd4],
  ["br_on_null", 0, 0xd5],
  ["br_on_non_null", 0, 0xd6],
  ["struct.new", 0xfb, 0],
  ["struct.get_u", 0xfb, 4],
  ["array.new_fixed", 0xfb, 8],
  ["array.len", 0xfb, 15],
  ["array.init_elem", 0xfb, 19],
  ["ref.test", 0xfb, 20, 21],
  ["ref.cast", 0xfb, 22, 23],
  ["br_on_cast", 0xfb, 24],
  ["br_on_cast_fail", 0xfb, 25],
  ["any.convert_extern", 0xfb, 26],
  ["extern.convert_any", 0xfb, 27],
  ["ref.i31", 0xfb, 28],
  ["i31.get_u", 0xfb, 30],
  ["i32.trunc_sat_f32_s", 0xfc, 0],
  ["i64.trunc_sat_f64_u", 0xfc, 7],
  ["memory.init", 0xfc, 8],
  ["memory.fill", 0xfc, 11],
  ["table.copy", 0xfc, 14],
  ["table.fill", 0xfc, 17],
  ["v128.load", 0xfd, 0],
  ["v128.load8x8_s", 0xfd, 1],
  ["v128.store", 0xfd, 11],
  ["v128.const", 0xfd, 12],
  ["i8x16.shuffle", 0xfd, 13],
  ["f64x2.replace_lane", 0xfd, 34],
  ["v128.any_true", 0xfd, 83],
  ["v128.load8_lane", 0xfd, 84],
  ["v128.store64_lane", 0xfd, 91],
  ["v128.load64_zero", 0xfd, 93],
  ["f64x2.promote_low_f32x4", 0xfd, 95],
  ["i8x16.popcnt", 0xfd, 98],
  ["f64x2.trunc", 0xfd, 122],
  ["i16x8.q15mulr_sat_s", 0xfd, 130],
  ["f64x2.nearest", 0xfd, 148],
  ["i16x8.avgr_u", 0xfd, 155],
  ["i32x4.dot_i16x8_s", 0xfd, 186],
  ["i64x2.ge_s", 0xfd, 219],
  ["f64x2.pmax", 0xfd, 247],
  ["f64x2.convert_low_i32x4_u", 0xfd, 255],
  ["i8x16.relaxed_swizzle", 0xfd, 0x100],
  ["i64x2.relaxed_laneselect", 0xfd, 0x10c],
  ["i16x8.relaxed_dot_i8x16_i7x16_s", 0xfd, 0x112],
  ["i32x4.relaxed_dot_i8x16_i7x16_add_s", 0xfd, 0x113],
  ["memory.atomic.notify", 0xfe, 0x00],
  ["memory.atomic.wait64", 0xfe, 0x02],
  ["atomic.fence", 0xfe, 0x03],
  ["i64.atomic.load32_u", 0xfe, 0x16],
  ["i64.atomic.store32", 0xfe, 0x1d],
  ["i32.atomic.rmw.add", 0xfe, 0x1e],
  ["i64.atomic.rmw8.add_u", 0xfe, 0x22],
  ["i32.atomic.rmw16.xor_u", 0xfe, 0x3d],
  ["i64.atomic.rmw.xchg", 0xfe, 0x42],
  ["i64.atomic.rmw32.cmpxchg_u", 0xfe, 0x4e],
];

describe("opcodes match the spec", () => {
  const cases = SPEC_OPCODES.map(([name, prefix, code, altCode]) => ({ name, prefix, code, altCode }));
  it.each(cases)("$name", ({ name, prefix, code, altCode }) => {
    const def = instrByName(name);
    expect(def).toBeDefined();
    expect([def?.prefix, def?.code, def?.altCode]).toEqual([prefix, code, altCode]);
    expect(instrByOpcode(prefix, code)?.name).toBe(name);
  });
});

// ---------------------------------------------------------------------------
// Coverage against the spec testsuite.

const TESTSUITE = path.resolve(process.cwd(), "../shared/spec-testsuite");
const TESTSUITE_DIRS = ["", "custom", "legacy", "proposals/threads"];

/** Dotted names the wast script language uses as result patterns; not instructions. */
const WAST_PSEUDO_INSTRUCTIONS = ["ref.any", "ref.array", "ref.exn", "ref.extern", "ref.host", "ref.struct"];

/** Dotless keywords of the text format and the script language that may follow `(` or start a line. */
const SYNTAX_KEYWORDS = [
  // script
  "module", "register", "invoke", "get", "either",
  "assert_return", "assert_trap", "assert_exhaustion", "assert_exception",
  "assert_invalid", "assert_malformed", "assert_unlinkable",
  "assert_invalid_custom", "assert_malformed_custom",
  // module fields and their parts
  "type", "rec", "sub", "func", "struct", "array", "field", "mut", "ref",
  "param", "result", "local", "import", "export", "start",
  "global", "table", "memory", "elem", "data", "tag", "item", "offset",
  // instruction parts: if arms, try_table catch clauses, legacy try body
  "then", "catch_ref", "catch_all_ref", "do",
  // value types that start a line inside a wrapped list
  "i32", "i64", "f32", "f64", "v128", "funcref", "externref",
];

interface Token {
  readonly text: string;
  /** Right after `(`, or first on its line. */
  readonly leading: boolean;
}

/**
 * The atoms of a wast file outside comments, strings and annotations, each
 * marked if it follows `(` or starts a line: where an instruction can begin.
 */
function scriptTokens(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lineStart = true;
  let afterParen = false;
  let annotationDepth = 0;
  while (i < src.length) {
    const c = src[i];
    if (src.startsWith("(;", i)) {
      let depth = 0;
      do {
        if (src.startsWith("(;", i)) {
          depth++;
          i += 2;
        } else if (src.startsWith(";)", i)) {
          depth--;
          i += 2;
        } else {
          i++;
        }
      } while (depth > 0 && i < src.length);
      afterParen = false;
    } else if (src.startsWith(";;", i)) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "\n") {
      lineStart = true;
      afterParen = false;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === "\\") i++;
      i++;
      lineStart = afterParen = false;
    } else if (c === "(") {
      i++;
      if (annotationDepth > 0) annotationDepth++;
      else if (src[i] === "@") annotationDepth = 1;
      lineStart = false;
      afterParen = true;
    } else if (c === ")") {
      i++;
      if (annotationDepth > 0) annotationDepth--;
      lineStart = afterParen = false;
    } else {
      const start = i;
      while (i < src.length && !/[\s()";]/.test(src[i])) i++;
      if (i === start) i++; // a lone ';'
      if (annotationDepth === 0) tokens.push({ text: src.slice(start, i), leading: lineStart || afterParen });
      lineStart = afterParen = false;
    }
  }
  return tokens;
}

/** Mnemonic-like tokens of the testsuite, each with a file that uses it. */
function testsuiteMnemonics(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of TESTSUITE_DIRS) {
    for (const file of readdirSync(path.join(TESTSUITE, dir)).filter((f) => f.endsWith(".wast"))) {
      const rel = path.join(dir, file);
      for (const { text, leading } of scriptTokens(readFileSync(path.join(TESTSUITE, rel), "utf8"))) {
        const dotted = /^[a-z][a-z0-9_]*\.[a-z0-9_.]+$/.test(text);
        const keyword = leading && /^[a-z][a-z0-9_]*$/.test(text);
        if ((dotted || keyword) && !found.has(text)) found.set(text, rel);
      }
    }
  }
  return found;
}

describe("spec testsuite coverage", () => {
  const found = testsuiteMnemonics();

  it("finds the testsuite", () => {
    const instructions = [...found.keys()].filter((t) => instrByName(t) !== undefined);
    expect(instructions.length).toBeGreaterThan(500);
  });

  it("has every mnemonic the testsuite uses", () => {
    const allowed = new Set([...WAST_PSEUDO_INSTRUCTIONS, ...SYNTAX_KEYWORDS]);
    const missing = [...found]
      .filter(([token]) => instrByName(token) === undefined && !allowed.has(token))
      .map(([token, file]) => `${token} (${file})`);
    expect(missing).toEqual([]);
  });

  it("allowlists no instruction", () => {
    const shadowed = [...WAST_PSEUDO_INSTRUCTIONS, ...SYNTAX_KEYWORDS].filter((t) => instrByName(t) !== undefined);
    expect(shadowed).toEqual([]);
  });
});

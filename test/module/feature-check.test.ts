/**
 * Feature sets: a module using a feature outside the set is rejected with
 * the construct, the place and the feature named, from text (line:column)
 * and from its binary (byte offset). Each case in `feature-cases/` is a
 * module needing the feature its file is named for, with the set to check
 * it against on its first line; the two messages are beside it as
 * `.expected` (`BLESS=1` rewrites them).
 */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { DEFAULT_PROFILE, type Feature, FEATURES, FeatureSpecError, parseFeatures, PROFILES } from "../../src/isa/features.js";
import * as api from "../../src/index.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { closest } from "../../src/suggest.js";

const DIR = resolve(process.cwd(), "test/module/feature-cases");
const BLESS = process.env.BLESS === "1";

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".wat"))
  .map((f) => f.replace(/\.wat$/, ""));

/** Features no text module can show on its own, and why. */
const NO_CASE: Partial<Record<Feature, string>> = {
  mvp: "every set has it",
  "call-indirect-overlong": "only a binary encoding of call_indirect's table index",
};

function caseOf(name: string): { text: string; features: string } {
  const text = readFileSync(join(DIR, `${name}.wat`), "utf8");
  const header = /^;; features: (\S+)\n/.exec(text);
  if (header === null) throw new Error(`${name}.wat: the first line must be ';; features: LIST'`);
  return { text, features: header[1] };
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
}

describe("a module needing a feature outside the set", () => {
  it("has a case for every feature a text module can show", () => {
    const missing = FEATURES.filter((f) => !cases.includes(f) && NO_CASE[f] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(cases)("%s", (name) => {
    const { text, features } = caseOf(name);
    const fromText = messageOf(() => watToModule(text, { features }));
    const fromBinary = messageOf(() => decode(wat2wasm(text), { features }));
    const list = features === DEFAULT_PROFILE ? `+${name}` : `${features},+${name}`;
    const allow = ` \\(allow it with features: "${list.replaceAll("+", "\\+")}"\\)$`;
    expect(fromText).toMatch(new RegExp(` at \\d+:\\d+ needs the ${name} proposal${allow}`));
    expect(fromBinary).toMatch(new RegExp(` at offset 0x[0-9a-f]+ needs the ${name} proposal${allow}`));
    expect(() => watToModule(text, { features: `${features},+${name}` })).not.toThrow();
    const actual = `${fromText}\n${fromBinary}\n`;
    const file = join(DIR, `${name}.expected`);
    if (BLESS || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});

describe("the default feature set", () => {
  it("is wasm3, the standard WebAssembly 3.0", () => {
    expect(DEFAULT_PROFILE).toBe("wasm3");
  });

  const beyond = cases.filter((name) => !PROFILES[DEFAULT_PROFILE].has(name as Feature));

  it("leaves out every proposal beyond 3.0", () => {
    expect(beyond.sort()).toEqual([
      "compact-imports",
      "custom-descriptors",
      "custom-page-sizes",
      "legacy-exceptions",
      "shared-everything-threads",
      "stack-switching",
      "threads",
      "wide-arithmetic",
    ]);
  });

  it.each(beyond)("refuses the %s case without a features option, in parseModule, wat2wasm, decode and validate, saying how to allow it, and accepts it with the feature", (name) => {
    const { text } = caseOf(name);
    const named = new RegExp(` needs the ${name} proposal \\(allow it with features: "\\+${name}"\\)$`);
    expect(messageOf(() => api.parseModule(text))).toMatch(named);
    expect(messageOf(() => api.wat2wasm(text))).toMatch(named);
    const bytes = api.wat2wasm(text, { features: `+${name}` });
    expect(messageOf(() => api.decode(bytes))).toMatch(named);
    const errors = api.validate(bytes).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.message).toMatch(named);
    expect(api.validate(bytes, { features: `+${name}` }).valid).toBe(true);
    expect(messageOf(() => api.decode(bytes, { features: ["wasm3", `+${name}`] }))).toBe("accepted");
  });

  it("has a named profile with threads, for compilers' thread builds (shared memories and atomics)", () => {
    const { text } = caseOf("threads");
    expect([...PROFILES["wasm3-threads"]].sort(byTable)).toEqual([...PROFILES.wasm3, "threads"].sort(byTable));
    expect(api.validate(api.wat2wasm(text, { features: "wasm3-threads" }), { features: "wasm3-threads" }).valid).toBe(true);
  });

  it("says how to allow the feature starting from the list that refused it", () => {
    const { text } = caseOf("threads");
    expect(messageOf(() => api.wat2wasm(text, { features: "wasm2,-simd" }))).toBe('a shared memory at 3:3 needs the threads proposal (allow it with features: "wasm2,-simd,+threads")');
    expect(messageOf(() => api.wat2wasm(text, { features: ["wasm2", "-simd"] }))).toMatch(/\(allow it with features: "wasm2,-simd,\+threads"\)$/);
  });

  it("is not applied by wasm2wat, which prints what it reads unless told otherwise", () => {
    const bytes = api.wat2wasm(caseOf("wide-arithmetic").text, { features: "all" });
    expect(api.wasm2wat(bytes)).toContain("i64.add128");
    expect(messageOf(() => api.wasm2wat(bytes, { features: DEFAULT_PROFILE }))).toMatch(/needs the wide-arithmetic proposal \(allow it with features: "\+wide-arithmetic"\)$/);
  });
});

describe("lime1", () => {
  // tool-conventions' Lime.md: Lime1 is WebAssembly 1.0 plus exactly these.
  const LIME1 = ["mutable-global", "multi-value", "sign-extension", "saturating-float-to-int", "bulk-memory-opt", "extended-const", "call-indirect-overlong"];

  it("is the MVP and what tool-conventions' Lime1 lists", () => {
    expect([...PROFILES.lime1].sort()).toEqual(["mvp", ...LIME1].sort());
  });

  it.each(cases)("accepts the %s case exactly when Lime1 lists the feature", (name) => {
    const { text } = caseOf(name);
    const accepted = messageOf(() => watToModule(text, { features: "lime1" })) === "accepted";
    expect(accepted).toBe(LIME1.includes(name));
  });

  it("has memory.copy and memory.fill but not the rest of bulk memory", () => {
    const fill = "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))";
    expect(() => watToModule(fill, { features: "lime1" })).not.toThrow();
    expect(() => watToModule("(module (elem func))", { features: "lime1" })).toThrow('a passive element segment at 1:9 needs the bulk-memory proposal (allow it with features: "lime1,+bulk-memory")');
  });
});

describe("feature lists", () => {
  const members = (spec: string | string[]) => parseFeatures(spec).features();

  it("start from a profile and apply adjustments in order", () => {
    expect(members("wasm2,+tail-call,-simd")).toEqual([...PROFILES.wasm2, "tail-call"].filter((f) => f !== "simd" && f !== "relaxed-simd").sort(byTable));
    expect(members(["wasm1", "+simd"])).toEqual(["mvp", "simd"]);
  });

  it("start from the default profile with a signed adjustment, from the MVP with a bare feature name", () => {
    expect(members("+wide-arithmetic")).toEqual([...PROFILES[DEFAULT_PROFILE], "wide-arithmetic"].sort(byTable));
    expect(members("-gc")).toEqual([...PROFILES.wasm3].filter((f) => f !== "gc").sort(byTable));
    expect(members("simd,tail-call")).toEqual(["mvp", "simd", "tail-call"]);
  });

  it("add what a feature contains and take away what contains a feature taken away", () => {
    expect(members("wasm1,+gc")).toEqual(["mvp", "call-indirect-overlong", "reference-types", "function-references", "gc"].sort(byTable));
    expect(members("wasm3,-reference-types")).not.toContain("gc");
    expect(members("wasm2,-bulk-memory-opt")).not.toContain("bulk-memory");
  });

  it("name an unknown feature by its place, with the nearest known one", () => {
    const error = (() => {
      try {
        parseFeatures("wasm2,+simdd", closest);
      } catch (e) {
        return e as FeatureSpecError;
      }
      throw new Error("accepted");
    })();
    expect(error).toBeInstanceOf(FeatureSpecError);
    expect(error.reason).toBe("unknown feature 'simdd'; did you mean 'simd'?");
    expect(error.at).toBe(1);
    expect(error.column).toBe(7);
  });

  it("allow everything by default: no option means no check", () => {
    const text = caseOf("wide-arithmetic").text;
    expect(() => watToModule(text)).not.toThrow();
    expect(() => watToModule(text, { features: "all" })).not.toThrow();
  });
});

function byTable(a: string, b: string): number {
  return FEATURES.indexOf(a as Feature) - FEATURES.indexOf(b as Feature);
}

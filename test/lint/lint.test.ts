/** `lint(input, options)`: inputs, fatal messages, configuration, inline directives, fixes. */
import { describe, expect, it } from "@jest/globals";
import { lint } from "../../src/lint/lint.js";
import { configs, RULES } from "../../src/lint/registry.js";
import { activeRules, ConfigError, parseRuleOption, presetRules } from "../../src/lint/config.js";
import { watToModule } from "../../src/wat2wasm.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { walkModule } from "../../src/lint/walk.js";
import { corpusDir } from "../helpers/real-binaries.js";

const UNUSED = `(module
  (func $used (export "f"))
  (func $dead))
`;

const only = (rules: Record<string, unknown>) => ({ config: { rules: rules as never } });

describe("lint: inputs", () => {
  it("locates findings in text by line and column, with the end of the span", () => {
    const [m] = lint(UNUSED).messages;
    expect(m).toMatchObject({ ruleId: "no-unused", severity: 1, message: "function $dead is never used", line: 3, column: 9, endLine: 3, endColumn: 14 });
  });

  it("decodes bytes and locates findings by byte offset", () => {
    const result = lint(wat2wasm(UNUSED), only({ "no-unused": "error" }));
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: "no-unused", severity: 2, message: "function $dead is never used", line: 1 });
    expect(result.messages[0].column).toBe(result.messages[0].offset + 1);
    expect(result.errorCount).toBe(1);
  });

  it("accepts any BufferSource and a Module", () => {
    const bytes = wat2wasm(UNUSED);
    expect(lint(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).warningCount).toBe(1);
    expect(lint(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).warningCount).toBe(1);
    expect(lint(watToModule(UNUSED)).messages.map((m) => m.message)).toEqual(["function $dead is never used"]);
  });
});

describe("lint: large binaries a body at a time", () => {
  it("lints a valid binary of a MB or more a body at a time, with the messages of the module decoded whole", () => {
    const bytes = new Uint8Array(readFileSync(join(corpusDir(), "go/hello/hello.wasm")));
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const apart = lint(bytes, { config: configs.all });
    expect(apart.messages.length).toBeGreaterThan(100);
    expect(apart.messages).toEqual(lint(decode(bytes), { config: configs.all }).messages);
  });

  it("walks each body just after reading it, and empties it after the walk", () => {
    const module = watToModule("(module (func $a nop) (func $b (drop (i32.const 1))))");
    const bodies = module.funcs.map((f) => f.body);
    for (const f of module.funcs) f.body = [];
    const seen: string[] = [];
    walkModule(
      module,
      [{ Func: (f) => void seen.push(`enter ${f.name}: ${f.body.length} instructions`), Instr: (ins) => void seen.push(ins.op.name), "Func:exit": (f) => void seen.push(`exit ${f.name}`) }],
      { bodies: { read: (i) => void (module.funcs[i].body = bodies[i]) } },
    );
    expect(seen).toEqual(["enter a: 1 instructions", "nop", "exit a", "enter b: 2 instructions", "i32.const", "drop", "exit b"]);
    expect(module.funcs.map((f) => f.body)).toEqual([[], []]);
  });
});

describe("lint: validation comes first", () => {
  it("gives a syntax error as the one fatal message, located", () => {
    const result = lint("(module (func i32.bogus))");
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, fatal: true, line: 1, column: 15 })]);
    expect(result.fatalErrorCount).toBe(1);
  });

  it("gives validation errors as fatal messages and runs the rules on the functions that validated", () => {
    const text = `(module
  (func $bad (export "bad") (result i32) (i64.const 1))
  (func $good (export "good") (local $x i32) nop)
  (func $dead (local i32) nop))
`;
    const result = lint(text, { config: configs.all });
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 2 });
    expect(result.messages.filter((m) => m.line === 2 && m.ruleId !== null)).toEqual([]);
    expect(result.messages.some((m) => m.ruleId === "no-nop" && m.line === 3)).toBe(true);
  });

  it("gives a malformed binary as a fatal message at its byte offset", () => {
    const result = lint(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x7f]));
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, offset: 8 })]);
  });
});

describe("lint: configuration", () => {
  it("runs the recommended preset by default, and every rule with `all`", () => {
    const recommended = Object.keys(presetRules(RULES, "recommended"));
    expect(recommended).toContain("no-unused");
    expect(recommended).not.toContain("no-nop");
    expect(Object.keys(configs.all.rules!)).toHaveLength(RULES.length);
  });

  it("reads ESLint's and wasm-language-tools' severities", () => {
    const levels = (setting: unknown) => activeRules(RULES, [{ "no-unused": setting as never }]).map((a) => a.severity);
    expect([levels("off"), levels("allow"), levels(0)]).toEqual([[], [], []]);
    expect([levels("warn"), levels("hint"), levels(1)]).toEqual([[1], [1], [1]]);
    expect([levels("error"), levels("deny"), levels(2), levels(["error", {}])]).toEqual([[2], [2], [2], [2]]);
    expect(() => levels("loud")).toThrow(ConfigError);
  });

  it("keeps options given earlier when a later setting gives only a severity", () => {
    const [active] = activeRules(RULES, [{ "id-match": ["warn", { pattern: "^x" }] }, { "id-match": "error" }]);
    expect(active).toMatchObject({ severity: 2, options: [{ pattern: "^x" }] });
  });

  it("rejects unknown rules", () => {
    expect(() => lint(UNUSED, only({ "no-such-rule": "warn" }))).toThrow("unknown rule 'no-such-rule'");
  });

  it("reads --rule settings as `id: severity` or JSON", () => {
    expect(parseRuleOption("no-unused: error")).toEqual({ "no-unused": "error" });
    expect(parseRuleOption('id-match: ["warn", {"pattern": "^a"}]')).toEqual({ "id-match": ["warn", { pattern: "^a" }] });
    expect(parseRuleOption('{"no-nop": "off"}')).toEqual({ "no-nop": "off" });
  });
});

describe("lint: inline directives", () => {
  const text = `(module
  ;; watkit-disable-next-line no-unused -- kept for the debugger
  (func $a)
  (func $b) ;; watkit-disable-line
  (; watkit-disable no-unused ;)
  (func $c)
  (func $d)
  (; watkit-enable ;)
  (func $e)
  ;; watkit-disable-next-line no-nop
  (func $f))
`;

  it("silence findings on the next line, the same line and a region, and keep them as suppressed with the reason", () => {
    const result = lint(text);
    expect(result.messages.map((m) => m.message)).toEqual(["function $e is never used", "function $f is never used"]);
    expect(result.suppressedMessages.map((m) => [m.message, m.suppressions[0].justification])).toEqual([
      ["function $a is never used", "kept for the debugger"],
      ["function $b is never used", ""],
      ["function $c is never used", ""],
      ["function $d is never used", ""],
    ]);
  });

  it("are ignored with noInlineConfig", () => {
    expect(lint(text, { config: [configs.recommended, { linterOptions: { noInlineConfig: true } }] }).messages).toHaveLength(6);
  });

  it("that silence nothing are reported on request, with a fix that removes them", () => {
    const result = lint(text, { config: [configs.recommended, { linterOptions: { reportUnusedDisableDirectives: "warn" } }] });
    const unused = result.messages.filter((m) => m.ruleId === null);
    expect(unused.map((m) => [m.line, m.message])).toEqual([[10, "unused watkit-disable-next-line directive (no problems were reported for 'no-nop')"]]);
    expect(unused[0].fix).toBeDefined();
  });
});

describe("lint: fix", () => {
  it("repeats until nothing fixable is left, keeping comments and layout elsewhere", () => {
    const text = `(module
  ;; counts
  (func (export "f") (param $p i32) (result i32)
    (local $t i32)
    local.get $p
    local.set $t
    local.get $t ;; the result
    nop
    return))
`;
    const result = lint(text, { fix: true, config: configs.all });
    expect(result.output).toBe(`(module
  ;; counts
  (func (export "f") (param $p i32) (result i32)
    (local $t i32)
    local.get $p ;; the result
))
`);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["no-unused"]);
  });

  it("offers no fix that would delete a comment", () => {
    const text = `(module
  (func (export "f") (param $p i32) (result i32)
    (local $t i32)
    local.get $p
    local.set $t ;; stash
    local.get $t))
`;
    const [tee] = lint(text).messages.filter((m) => m.ruleId === "prefer-local-tee");
    expect(tee.fix).toBeUndefined();
  });

  it("leaves text alone when no fix applies and gives no output", () => {
    expect(lint(UNUSED, { fix: true }).output).toBeUndefined();
  });
});

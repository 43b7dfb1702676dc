/** `watkit validate --object`: Linking.md's rules on top of validation, every broken rule named with its byte offset. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watkit } from "../helpers/cli.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { bumpPadded, relocs, member, unpadOneCall } from "./corrupt.js";

const dir = mkdtempSync(join(tmpdir(), "watkit-validate-object-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("watkit validate --object", () => {
  it.each(["hook-main.o", "hook-impl.o", "mathlib.o", "wc-O0.o", "wc-O2.o", "wc-g.o"])("accepts corpus/objects/%s", (name) => {
    expect(watkit(["validate", "--object", join(corpusDir(), "objects", name)])).toMatchObject({ status: 0, stderr: "" });
  });

  it("reports an unpadded relocated LEB with the rule and its offset", () => {
    const bytes = member("write.o");
    const at = unpadOneCall(bytes);
    const file = join(dir, "unpadded.o");
    writeFileSync(file, bytes);
    const result = watkit(["validate", "--object", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${file}: error: malformed binary at offset 0x${at.toString(16)}: object file rule reloc-padding broken (R_WASM_FUNCTION_INDEX_LEB on call: the LEB128 takes 1 byte, not 5)\n`,
    );
    // Without --object it is a valid module: the rule is the object file's.
    expect(watkit(["validate", file]).status).toBe(0);
  });

  it("reports every broken rule, one line each, in the order of their offsets", () => {
    const bytes = member("vfprintf.o");
    const { base: code, entries } = relocs(bytes);
    const address = code + entries.find((e) => e.type === 4)!.offset;
    bumpPadded(bytes, address, true);
    const padding = unpadOneCall(bytes);
    const file = join(dir, "two-problems.o");
    writeFileSync(file, bytes);
    const result = watkit(["validate", "--object", file]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^${file}: error: malformed binary at offset 0x${padding.toString(16)}: object file rule reloc-padding broken`)),
      expect.stringMatching(new RegExp(`^${file}: error: malformed binary at offset 0x${address.toString(16)}: object file rule reloc-value broken \\(R_WASM_MEMORY_ADDR_SLEB`)),
      "",
    ]);
  });

  it("refuses a module that is not an object file", () => {
    const result = watkit(["validate", "--object", join(corpusDir(), "c", "mathlib.wasm")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/mathlib\.wasm: error: not an object file: there is no linking section\n$/);
  });
});

/** strip: custom sections by pattern, and names. */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { rewrite, strip } from "../../../src/rewrite/index.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

function customNames(bytes: Uint8Array<ArrayBuffer>): string[] {
  const module = new WebAssembly.Module(bytes);
  const names = ["name", "producers", "target_features", ".debug_info", ".debug_line", ".debug_str", ".debug_abbrev", ".debug_loc", ".debug_ranges"];
  return names.filter((n) => WebAssembly.Module.customSections(module, n).length > 0);
}

describe("strip", () => {
  const file = "c/wc-debug.wasm";
  const input = new Uint8Array(readFileSync(join(corpusDir(), file)));

  it("removes debug info only with `debug`, and the program still runs", () => {
    const m = decode(input);
    strip(m, ["debug"]);
    const bytes = checked(m);
    expect(customNames(bytes)).toEqual(["name", "producers", "target_features"]);
    expect(bytes.length).toBeLessThan(input.length / 2);
    expect(PROGRAMS[file](bytes)).toEqual(PROGRAMS[file](input));
  });

  it("removes sections by glob pattern", () => {
    const m = decode(input);
    rewrite(m, ["strip=.debug_l*,producers"]);
    expect(customNames(checked(m))).toEqual(["name", "target_features", ".debug_info", ".debug_str", ".debug_abbrev", ".debug_ranges"]);
  });

  it("removes names with `name`, and everything without an argument", () => {
    const named = decode(input);
    strip(named, ["name"]);
    expect(customNames(checked(named))).not.toContain("name");
    expect(named.funcs.every((f) => f.name === undefined && f.locals.every((l) => l.name === undefined))).toBe(true);
    const bare = decode(input);
    rewrite(bare, ["strip"]);
    const bytes = checked(bare);
    expect(customNames(bytes)).toEqual([]);
    expect(PROGRAMS[file](bytes)).toEqual(PROGRAMS[file](input));
  });
});

/**
 * rename as a function: a `Renaming` object instead of the pass argument.
 * The pass forms of add-export and rename are cases in
 * test/cases/rewrite/add-export-*.wat and rename-*.wat.
 */
import { describe, expect, it } from "@jest/globals";
import { rename } from "../../../src/rewrite/index.js";
import { checked, exportNames, mod } from "../helpers.js";

const M = `(module (func (export "main")))`;

describe("rename", () => {
  it("takes a Renaming, and refuses a name that is not there", () => {
    const m = mod(M);
    rename(m, { kind: "export", from: "main", to: "start" });
    expect(exportNames(checked(m))).toEqual(["start"]);
    expect(() => rename(mod(M), { kind: "export", from: "nope", to: "x" })).toThrow('no export "nope"');
  });
});

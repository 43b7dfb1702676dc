/**
 * The parse layer changes antlr4ng's generated classes only when a parser is
 * set up, through one install call, never as a side effect of an import.
 */
import { describe, expect, it } from "@jest/globals";
import { ParserRuleContext } from "antlr4ng";
import { ModuleContext } from "../../../generated/WatParser.js";
import { parseWat } from "../../../src/syntax/parse.js";

describe("installing the fast rule contexts", () => {
  it("leaves the generated contexts as generated until the first parse, then rebases them", () => {
    expect(Object.getPrototypeOf(ModuleContext)).toBe(ParserRuleContext);
    parseWat("(module)");
    expect(Object.getPrototypeOf(ModuleContext)).not.toBe(ParserRuleContext);
    expect(new ModuleContext(null, -1)).toBeInstanceOf(ParserRuleContext);
  });
});

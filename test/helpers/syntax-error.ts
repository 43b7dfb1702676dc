/** The syntax error parsing `text` throws; a test fails if it parses. */
import { WatSyntaxError } from "../../src/syntax/errors.js";
import { parseWat } from "../../src/syntax/parse.js";

export function syntaxError(text: string): WatSyntaxError {
  try {
    parseWat(text);
  } catch (error) {
    if (error instanceof WatSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed without error: ${text.slice(0, 80)}`);
}

/**
 * What text to binary loads only when a text needs it: the ANTLR parser,
 * for the modules and function bodies the direct readers leave to it (most
 * texts never reach it; see `../load-on-first-use.ts`).
 */
import { loaderFor } from "../load-on-first-use.js";

const onFirstUse = loaderFor(import.meta.url);

export const parser = onFirstUse<typeof import("../syntax/parse.js")>("../syntax/parse.js");

/**
 * The layers behind the public functions that converting does not need,
 * loaded by their function's first call (see `../load-on-first-use.ts`):
 * importing the root entry then leaves them uncompiled.
 */
import { loaderFor } from "../load-on-first-use.js";

const onFirstUse = loaderFor(import.meta.url);

export const formatter = onFirstUse<typeof import("../print/format/format.js")>("../print/format/format.js");
export const linter = onFirstUse<typeof import("../lint/lint.js")>("../lint/lint.js");
export const rewriter = onFirstUse<typeof import("../rewrite/rewrite.js")>("../rewrite/rewrite.js");
export const dataInjector = onFirstUse<typeof import("../rewrite/passes/inject-data.js")>("../rewrite/passes/inject-data.js");
export const validator = onFirstUse<typeof import("../validate/validate.js")>("../validate/validate.js");
export const linker = onFirstUse<typeof import("../link/link.js")>("../link/link.js");

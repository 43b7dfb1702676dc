/**
 * What printing loads only when a line is too wide: the formatter's layout
 * of a piece (`format/relayout.ts`) and Prettier's document printer under
 * it. Many modules print without a wide line, and converting text to
 * binary prints none (see `../load-on-first-use.ts`).
 */
import { loaderFor } from "../load-on-first-use.js";

const onFirstUse = loaderFor(import.meta.url);

export const relayouter = onFirstUse<typeof import("./format/relayout.js")>("./format/relayout.js");

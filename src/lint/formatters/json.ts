/** ESLint's JSON shape: an array of per-file results (without the source text, which the caller has). */
import type { Formatter } from "./formatter.js";

export const json: Formatter = (results) => JSON.stringify(results.map(({ source: _source, ...rest }) => rest)) + "\n";

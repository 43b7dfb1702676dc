/**
 * The loads of a module that loads others on first use
 * (src/load-on-first-use.ts): the name it gives its loader, and each call
 * of it with a specifier, in its TypeScript source or its compiled code.
 */

/** How a module makes its loader: `const NAME = loaderFor(import.meta.url);`. */
const LOADER = /\bconst (\w+) = loaderFor\(import\.meta\.url\);/;

export interface FirstUseLoad {
  specifier: string;
  /** Where the call starts and ends in the text. */
  start: number;
  end: number;
}

/** The loads `text` makes on first use; undefined when it makes no loader. */
export function firstUseLoads(text: string): FirstUseLoad[] | undefined {
  const name = LOADER.exec(text)?.[1];
  if (name === undefined) return undefined;
  // The call, with its type argument in TypeScript: `onFirstUse<typeof import("./x.js")>("./x.js")`.
  const call = new RegExp(`\\b${name}(?:<[^>]*>)?\\(\\s*"([^"]+)"\\s*\\)`, "g");
  return [...text.matchAll(call)].map((m) => ({ specifier: m[1], start: m.index, end: m.index + m[0].length }));
}

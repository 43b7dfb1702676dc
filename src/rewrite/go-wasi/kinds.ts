/**
 * The kinds of JavaScript value the runtime models: the globals Go's
 * standard library reaches and the values their methods make. The kind is
 * also the name error messages give an object (`fs.chmod`).
 */
export const KIND_NAMES = [
  "free",
  "const",
  "globalThis",
  "go",
  "fs",
  "fs.constants",
  "process",
  "Date",
  "crypto",
  "Uint8Array",
  "Object",
  "Array",
  "console",
  "path",
  // Values made at run time.
  "date",
  "bytes",
  "string",
  "array",
  "function",
  "event",
  "error",
  "stats",
] as const;

export type KindName = (typeof KIND_NAMES)[number];

export const KIND = Object.fromEntries(KIND_NAMES.map((name, i) => [name, i])) as Record<KindName, number>;

/** The values every program starts with: [id, kind, type flag]. Ids 0-4 are NaN, 0, null, true, false. */
export const SINGLETONS: readonly (readonly [number, KindName, number])[] = [
  [5, "globalThis", 1],
  [6, "go", 1],
  [7, "fs", 1],
  [8, "fs.constants", 1],
  [9, "process", 1],
  [10, "Date", 4],
  [11, "crypto", 1],
  [12, "Uint8Array", 4],
  [13, "Object", 4],
  [14, "Array", 4],
  [15, "console", 1],
  [16, "path", 1],
];

export const FIRST_DYNAMIC = 17;

/** The reference to a singleton, as Go sees it. */
export function singletonRef(kind: KindName): string {
  const [id, , flag] = SINGLETONS.find(([, k]) => k === kind)!;
  return `(i64.const 0x${(0x7ff80000n + BigInt(flag)).toString(16)}${id.toString(16).padStart(8, "0")})`;
}

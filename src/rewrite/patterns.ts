/** Name patterns in pass arguments: `*` matches any run of characters, `?` one character. */
export function globMatcher(patterns: readonly string[]): (name: string) => boolean {
  const regexes = patterns.map((p) => new RegExp(`^${p.split("").map(globChar).join("")}$`, "s"));
  return (name) => regexes.some((r) => r.test(name));
}

function globChar(c: string): string {
  if (c === "*") return ".*";
  if (c === "?") return ".";
  return c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** A comma-separated list (empty parts dropped). */
export function listArg(arg: string | undefined): string[] {
  return arg === undefined ? [] : arg.split(",").filter((s) => s.length > 0);
}

/** `MODULE.NAME`: an import's two names, split at the first dot (module names rarely have one; Go's function names do). */
export function importName(text: string): { module: string; name: string } | undefined {
  const dot = text.indexOf(".");
  return dot <= 0 ? undefined : { module: text.slice(0, dot), name: text.slice(dot + 1) };
}

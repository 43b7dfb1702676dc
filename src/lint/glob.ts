/** The glob patterns flat configs use for `files` and `ignores`: `**` any depth, `*` and `?` within a name, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const close = glob.indexOf("}", i);
      if (close < 0) re += "\\{";
      else {
        re += "(?:" + glob.slice(i + 1, close).split(",").map(escape).join("|") + ")";
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

/** Whether a path (relative, `/`-separated) matches a pattern; a pattern ending in `/` matches everything under it. */
export function matchesGlob(path: string, pattern: string): boolean {
  const p = pattern.endsWith("/") ? pattern + "**" : pattern;
  return globToRegExp(p.startsWith("./") ? p.slice(2) : p).test(path);
}

function escape(text: string): string {
  return text.replace(/[.+^$()|[\]\\]/g, "\\$&");
}

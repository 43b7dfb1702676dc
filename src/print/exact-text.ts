/** `(@watkit.exact ...)` annotations as text (the syntax is described on `ExactAnnotation` in the AST). */
import type { ExactNote } from "../module/model.js";
import type { ExactAnnotation } from "../syntax/ast.js";
import { bytesText, nameText } from "./literals.js";

/** Raw bytes are split into strings of this many bytes, so lines stay of a readable length. */
const RAW_PIECE = 64;

export function exactText(a: ExactAnnotation): string {
  switch (a.unit) {
    case "func":
      return `(@watkit.exact func ${a.index} ${noteText(a.note)})`;
    case "section":
      return `(@watkit.exact section ${a.section} ${noteText(a.note)})`;
    case "custom":
      return `(@watkit.exact custom ${a.index} ${noteText(a.note)})`;
    case "names-after":
    case "hints-after":
      return a.place === undefined
        ? `(@watkit.exact ${a.unit} ${a.count})`
        : `(@watkit.exact ${a.unit} ${a.count} (${a.place.position} ${a.place.section}))`;
  }
}

function noteText(note: ExactNote): string {
  let text = nameText(note.digest);
  if (note.sizeWidth !== undefined) text += ` (size ${note.sizeWidth})`;
  if (note.paddings !== undefined) text += ` (pad ${note.paddings.join(" ")})`;
  if (note.raw !== undefined) {
    text += " (raw";
    for (let at = 0; at < note.raw.length; at += RAW_PIECE) text += " " + bytesText(note.raw.subarray(at, at + RAW_PIECE));
    text += ")";
  }
  return text;
}

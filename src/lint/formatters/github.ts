/** GitHub Actions workflow commands: each finding becomes an annotation on the file and line. */
import type { Formatter } from "./formatter.js";
import { isFileMessage, severityWord } from "./formatter.js";

export const github: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      // A message on the file as a whole has no line for the annotation.
      const props = [`file=${escapeProperty(r.filePath)}`, ...(isFileMessage(m) ? [] : [`line=${m.line}`, `col=${m.column}`])];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`, `endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(m.ruleId ?? "watkit")}`);
      out.push(`::${severityWord(m.severity)} ${props.join(",")}::${escapeData(m.message)}`);
    }
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
};

/** The escapes GitHub's workflow-command parser undoes. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

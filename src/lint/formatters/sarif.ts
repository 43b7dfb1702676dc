/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, `tool.driver.rules`
 * for every rule reported, results with a level, message, artifact URI and a
 * 1-based region (a byte offset for binaries); findings silenced by a
 * directive carry an in-source suppression with its reason.
 */
import { pathToFileURL } from "node:url";
import { packageVersion } from "../../package-version.js";
import { isAbsolute, relative } from "node:path";
import type { LintMessage, LintResult, SuppressedMessage } from "../rule.js";
import type { Formatter } from "./formatter.js";
import { isFileMessage } from "./formatter.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export const sarif: Formatter = (results, rules) => {
  const reported = new Set<string>();
  for (const r of results) for (const m of [...r.messages, ...r.suppressedMessages]) if (m.ruleId) reported.add(m.ruleId);
  const driverRules = rules
    .filter((rule) => reported.has(rule.id))
    .map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.meta.docs.description },
      ...(rule.meta.docs.url ? { helpUri: rule.meta.docs.url } : {}),
      properties: { type: rule.meta.type, ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}) },
    }));
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const out = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "watkit", version: packageVersion(), rules: driverRules } },
        results: results.flatMap((r) => [...r.messages.map((m) => result(r, m, index)), ...r.suppressedMessages.map((m) => result(r, m, index))]),
      },
    ],
  };
  return JSON.stringify(out, null, 2) + "\n";
};

function result(file: LintResult, m: LintMessage | SuppressedMessage, index: Map<string, number>) {
  const binary = file.source === undefined;
  const region = binary
    ? { byteOffset: m.offset }
    : {
        startLine: m.line,
        startColumn: m.column,
        ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
      };
  return {
    ruleId: m.ruleId ?? "watkit/invalid",
    ...(m.ruleId && index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
    level: m.severity === 2 ? "error" : "warning",
    message: { text: m.message },
    // SARIF lines start at 1: a message on the file as a whole has no region.
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file.filePath) }, ...(isFileMessage(m) ? {} : { region }) } }],
    ...("suppressions" in m ? { suppressions: m.suppressions.map((s) => ({ kind: "inSource", justification: s.justification })) } : {}),
  };
}

/** Relative paths stay relative (code scanning resolves them against the checkout); absolute ones become file URIs. */
function uriOf(path: string): string {
  if (!isAbsolute(path)) return relativeUri(path);
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || isAbsolute(rel) ? pathToFileURL(path).href : relativeUri(rel);
}

/** Each segment escaped, the separators (either kind) kept as `/`. */
function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join("/");
}

/**
 * The parts of `obj2yaml` output (LLVM 14) the object tests compare with: the
 * lists of records under a key (`SymbolTable:`, `Relocations:`, ...), read
 * line by line, since obj2yaml writes each record as `- Key: value` followed
 * by indented `Key: value` lines, and flags as `[ A, B ]`.
 */
import { spawnSync } from "node:child_process";

export type YamlRecord = Record<string, string>;

export function obj2yaml(path: string): string {
  const result = spawnSync("obj2yaml", [path]);
  if (result.status !== 0) throw new Error(`obj2yaml ${path}: ${result.stderr.toString()} (apt-get install llvm)`);
  return result.stdout.toString();
}

/** Every list under `key:` in the document, in document order, each a list of records. */
export function yamlLists(text: string, key: string): YamlRecord[][] {
  const lines = text.split("\n");
  const lists: YamlRecord[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)(?:- )?(\w+):\s*$/.exec(lines[i]);
    if (head === null || head[2] !== key) continue;
    const indent = head[1].length + (lines[i].trimStart().startsWith("- ") ? 2 : 0);
    const list: YamlRecord[] = [];
    for (i++; i < lines.length; i++) {
      const item = /^(\s*)(- )?(\w+):\s*(.*)$/.exec(lines[i]);
      if (item === null || item[1].length < indent || (item[1].length === indent && item[2] === undefined)) break;
      if (item[2] !== undefined && item[1].length <= indent + 2) list.push({});
      else if (item[1].length > indent + 4) continue;
      list[list.length - 1][item[3]] = item[4];
    }
    i--;
    lists.push(list);
  }
  return lists;
}

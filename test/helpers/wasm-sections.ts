/** Reads a binary's section layout, enough to compare two binaries section by section. */

export interface RawSection {
  id: number;
  /** For custom sections. */
  name?: string;
  start: number;
  end: number;
}

function leb(bytes: Uint8Array, at: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [result, at];
  }
}

export function sections(bytes: Uint8Array): RawSection[] {
  const out: RawSection[] = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, bodyAt] = leb(bytes, at);
    const end = bodyAt + size;
    const section: RawSection = { id, start, end };
    if (id === 0) {
      const [nameLength, nameAt] = leb(bytes, bodyAt);
      section.name = new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLength));
    }
    out.push(section);
    at = end;
  }
  return out;
}

/** The binary without the custom sections of the given names. */
export function withoutCustomSections(bytes: Uint8Array, names: ReadonlySet<string>): Uint8Array {
  const kept = [bytes.subarray(0, 8)];
  for (const s of sections(bytes)) if (!(s.id === 0 && names.has(s.name!))) kept.push(bytes.subarray(s.start, s.end));
  return Buffer.concat(kept);
}

/** The binary without its "name" custom section. */
export function withoutNames(bytes: Uint8Array): Uint8Array {
  return withoutCustomSections(bytes, new Set(["name"]));
}

/** A short description of where two binaries first differ. */
export function firstDifference(actual: Uint8Array, expected: Uint8Array): string {
  const a = sections(actual);
  const e = sections(expected);
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    const sa = a[i];
    const se = e[i];
    if (!sa || !se) return `section count ${a.length} vs ${e.length}`;
    const ba = actual.subarray(sa.start, sa.end);
    const be = expected.subarray(se.start, se.end);
    if (Buffer.compare(ba, be) !== 0) {
      let k = 0;
      while (k < ba.length && ba[k] === be[k]) k++;
      return `section ${sa.id}${sa.name ? ` "${sa.name}"` : ""} (expected id ${se.id}) differs at +${k}`;
    }
  }
  return "identical";
}

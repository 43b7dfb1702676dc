/**
 * Custom sections, where they sit among the known sections, the notes that
 * keep a decoded binary's exact encoding: what the AST's annotations and
 * the Module model both carry.
 *
 * Types only.
 */

/** Where a custom section sits relative to the known sections. */
export type SectionId =
  | "type"
  | "import"
  | "func"
  | "table"
  | "memory"
  | "tag"
  | "global"
  | "export"
  | "start"
  | "elem"
  | "datacount"
  | "code"
  | "data";

export interface CustomSection {
  name: string;
  bytes: Uint8Array;
  /** `before first` / `after last` are the extremes; otherwise next to a known section. */
  place: { position: "before" | "after"; section: SectionId | "first" | "last" };
  /** How a decoded binary encoded it where that is not canonical (a padded size or name length). */
  exact?: ExactNote;
}

/**
 * How one unit of a decoded binary (a function body, a section) was encoded
 * where the canonical encoding of the same content differs: padded LEB128
 * numbers, a padded size, or other bytes. `binary/exact.ts` makes and
 * applies these; the encoder applies a note only while the unit's canonical
 * bytes still have the note's digest, so edits are always written canonically.
 */
export interface ExactNote {
  /** Digest of the unit's canonical payload (without its size prefix). */
  digest: string;
  /** Width of the original size prefix, when wider than needed. */
  sizeWidth?: number;
  /**
   * Padded LEBs as triples: offset in the canonical payload, original width,
   * and fill (0: zero padding, 1: sign padding of a negative number).
   */
  paddings?: number[];
  /** The original payload, when padding alone does not explain the difference. */
  raw?: Uint8Array;
}

/** The sections an `ExactNote` can describe: the known ones, the name section and the branch hint section. */
export type ExactSection = SectionId | "name" | "branch-hints";

/** A compact import group's form: "items", each item has its own description; "type", the items share one. */
export type ImportGroupForm = "items" | "type";

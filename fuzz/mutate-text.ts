/**
 * Mutations of WebAssembly text at the token level: tokens deleted,
 * repeated, swapped, replaced by keywords and odd literals, nesting made
 * deep, parentheses and comments left open, unicode dropped in. The text is
 * cut into tokens with a rough lexer of its own (exactness does not matter
 * here: a wrong cut is one more mutation). One table lists the mutations;
 * `mutateText` applies one to four in a row.
 */
import { INSTRUCTIONS } from "../src/isa/instructions.js";
import type { Prng } from "./prng.js";

export interface TextMutation {
  name: string;
  apply(tokens: string[], rng: Prng, donor: string[]): string[];
}

const TOKEN = /\(;|;\)|;;[^\n]*|\(@?|\)|"(?:[^"\\\n]|\\.)*"?|\s+|[^\s()";]+|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const STRUCTURE = [
  "module", "func", "param", "result", "local", "global", "table", "memory", "tag", "import", "export", "start",
  "elem", "data", "offset", "item", "declare", "mut", "ref", "null", "sub", "final", "rec", "struct", "array",
  "field", "shared", "block", "loop", "if", "then", "else", "end", "try_table", "try", "do", "catch", "catch_ref",
  "catch_all", "catch_all_ref", "delegate", "type", "i32", "i64", "f32", "f64", "v128", "i8", "i16", "funcref",
  "externref", "anyref", "exnref", "extern", "any", "eq", "i31", "none", "nofunc", "noextern", "exn", "i8x16",
  "i32x4", "f64x2", "binary", "quote", "definition", "pagesize", "offset=4", "align=3",
];

const MNEMONICS = INSTRUCTIONS.map((i) => i.name);

/** Literals at and past the edges of what the text format allows. */
const ODD_LITERALS = [
  "0", "-0", "+0", "0x", "0x_1", "1_", "_1", "1__0", "00", "0x0p+0", "0x1p-1075", "0x1p1024", "1e99999", "-1e-99999",
  "4294967295", "4294967296", "-2147483649", "18446744073709551615", "18446744073709551616", "-9223372036854775809",
  "340282356779733661637539395458142568448", "inf", "-inf", "+inf", "nan", "-nan", "nan:0x0", "nan:0x1",
  "nan:0x7fffff", "nan:0x8000000000000", "nan:0xfffffffffffffffff", "1.", ".5", "0x.p1", "0x1P+", "1e", "1e+",
  '""', '"\\"', '"\\u{d800}"', '"\\u{dfff}"', '"\\u{110000}"', '"\\u{}"', '"\\ff\\00"', '"\\x"', '"\u00e9\u{1f600}"',
  '"\\u{0}"', "$", "$x", '$""', '$"a b"', '$"\\ff"', "$\u00e9", "$0", "$$", "offset=", "align=0", "align=3",
  "offset=0x1_0000_0000", "offset=18446744073709551616", "(@", "(@x", "(@metadata.code.branch_hint", "(@name",
  "(@custom", "(@producers", "(;", ";)", ";;", "(; (; ;) ;)",
];

const UNICODE = ["\u00e9", "\u{1f600}", "\u0000", "\ufeff", "\u200b", "\r", "\t", "\u2028", "\ud800", "\u0085", "\u00a0", "\u007f"];

function atoms(tokens: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (!/^\s/u.test(tokens[i])) out.push(i);
  return out;
}

function someToken(tokens: string[], rng: Prng): number {
  const all = atoms(tokens);
  return all.length === 0 ? rng.int(tokens.length + 1) : rng.pick(all);
}

function insert(tokens: string[], at: number, added: string[]): string[] {
  return [...tokens.slice(0, at), ...added, ...tokens.slice(at)];
}

/** The index of the `)` closing the `(` at `open`, or -1. */
function closing(tokens: string[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].startsWith("(") && tokens[i] !== "(;") depth++;
    else if (tokens[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

export const TEXT_MUTATIONS: readonly TextMutation[] = [
  {
    name: "delete a token",
    apply(tokens, rng) {
      const at = someToken(tokens, rng);
      return [...tokens.slice(0, at), ...tokens.slice(at + 1)];
    },
  },
  {
    name: "delete a parenthesized group",
    apply(tokens, rng) {
      const opens = atoms(tokens).filter((i) => tokens[i] === "(");
      if (opens.length === 0) return tokens;
      const open = rng.pick(opens);
      const close = closing(tokens, open);
      return close === -1 ? tokens : [...tokens.slice(0, open), ...tokens.slice(close + 1)];
    },
  },
  {
    name: "repeat a token",
    apply(tokens, rng) {
      const at = someToken(tokens, rng);
      return insert(tokens, at, Array.from({ length: rng.size(4) }, () => [tokens[at] ?? "", " "]).flat());
    },
  },
  {
    name: "repeat a parenthesized group",
    apply(tokens, rng) {
      const opens = atoms(tokens).filter((i) => tokens[i] === "(");
      if (opens.length === 0) return tokens;
      const open = rng.pick(opens);
      const close = closing(tokens, open);
      return close === -1 ? tokens : insert(tokens, close + 1, [" ", ...tokens.slice(open, close + 1)]);
    },
  },
  {
    name: "swap two tokens",
    apply(tokens, rng) {
      const out = tokens.slice();
      const [a, b] = [someToken(out, rng), someToken(out, rng)];
      // Past the end (a text of whitespace alone has no token to pick) there is nothing to swap with.
      if (a >= out.length || b >= out.length) return out;
      [out[a], out[b]] = [out[b], out[a]];
      return out;
    },
  },
  {
    name: "replace a token by a keyword",
    apply(tokens, rng) {
      const out = tokens.slice();
      out[someToken(out, rng)] = rng.chance(0.5) ? rng.pick(STRUCTURE) : rng.pick(MNEMONICS);
      return out;
    },
  },
  {
    name: "replace a token by an odd literal",
    apply(tokens, rng) {
      const out = tokens.slice();
      const numbers = atoms(out).filter((i) => /^[-+]?[\d$"]|^(?:nan|inf|offset=|align=)/u.test(out[i]));
      out[numbers.length > 0 && rng.chance(0.8) ? rng.pick(numbers) : someToken(out, rng)] = rng.pick(ODD_LITERALS);
      return out;
    },
  },
  {
    name: "insert an odd literal",
    apply(tokens, rng) {
      return insert(tokens, someToken(tokens, rng), [rng.pick(ODD_LITERALS), " "]);
    },
  },
  {
    name: "insert unicode",
    apply(tokens, rng) {
      const out = tokens.slice();
      const at = someToken(out, rng);
      const token = out[at] ?? "";
      const cut = rng.int(token.length + 1);
      out[at] = token.slice(0, cut) + rng.pick(UNICODE) + token.slice(cut);
      return out;
    },
  },
  {
    name: "nest folded blocks deeply",
    apply(tokens, rng) {
      const depth = rng.size(3000);
      const at = someToken(tokens, rng);
      return insert(tokens, at, ["(block ".repeat(depth) + "nop" + ")".repeat(depth), " "]);
    },
  },
  {
    name: "nest flat blocks deeply",
    apply(tokens, rng) {
      const depth = rng.size(3000);
      const kind = rng.pick(["block", "loop", "block (result i32)", "try_table"]);
      return insert(tokens, someToken(tokens, rng), [`${kind} `.repeat(depth) + "end ".repeat(depth)]);
    },
  },
  {
    name: "wrap a group in another",
    apply(tokens, rng) {
      const opens = atoms(tokens).filter((i) => tokens[i] === "(");
      if (opens.length === 0) return tokens;
      const open = rng.pick(opens);
      const close = closing(tokens, open);
      if (close === -1) return tokens;
      const head = rng.chance(0.5) ? rng.pick(STRUCTURE) : rng.pick(MNEMONICS);
      return [...tokens.slice(0, open), "(", head, " ", ...tokens.slice(open, close + 1), ")", ...tokens.slice(close + 1)];
    },
  },
  {
    name: "unbalance parentheses",
    apply(tokens, rng) {
      return insert(tokens, someToken(tokens, rng), [rng.pick(["(", ")", "((", "))", "(@"]).repeat(rng.size(3))]);
    },
  },
  {
    name: "comment out or open a comment",
    apply(tokens, rng) {
      const depth = rng.size(4000);
      const piece = rng.pick([
        "(;",
        ";)",
        ";;",
        ";;\n",
        "(; (; ;) ;)",
        "(;".repeat(depth) + ";)".repeat(depth),
        "(@a ".repeat(depth) + ")".repeat(depth),
        "(@a (".repeat(depth) + "))".repeat(depth),
      ]);
      return insert(tokens, someToken(tokens, rng), [piece]);
    },
  },
  {
    name: "splice in tokens of another module",
    apply(tokens, rng, donor) {
      if (donor.length === 0) return tokens;
      const from = rng.int(donor.length);
      return insert(tokens, someToken(tokens, rng), [" ", ...donor.slice(from, from + rng.size(40)), " "]);
    },
  },
  {
    name: "truncate",
    apply(tokens, rng) {
      return tokens.slice(0, someToken(tokens, rng));
    },
  },
];

/** One to four mutations of `text`; gives the new text and the mutations' names. */
export function mutateText(text: string, rng: Prng, donor: string): { text: string; steps: string[] } {
  let tokens = tokenize(text);
  const donorTokens = tokenize(donor);
  const steps: string[] = [];
  for (let n = 1 + rng.int(rng.chance(0.5) ? 1 : 4); n > 0; n--) {
    const mutation = rng.pick(TEXT_MUTATIONS);
    tokens = mutation.apply(tokens, rng, donorTokens);
    steps.push(mutation.name);
  }
  return { text: tokens.join(""), steps };
}

/**
 * The printer's output, without a sink, gives back exactly the text written,
 * whatever its size and characters, and one output's buffer handed on to the
 * next never shows through in a string already returned. With a sink, its
 * chunks are the text; they are the sink's to keep unless it is lent them.
 */
import { describe, expect, it } from "@jest/globals";
import { TextOut } from "../../src/print/text-out.js";

/** Writes the lines, each closed by a boundary as the printer does, and returns the string. */
function printed(lines: string[]): string {
  const out = new TextOut();
  for (const line of lines) {
    out.text(line);
    out.byte(0x0a);
    out.boundary();
  }
  return out.whole();
}

/** `count` lines of `width` characters, each made of its own character. */
function lines(count: number, width: number, alphabet: string): string[] {
  return Array.from({ length: count }, (_, i) => alphabet[i % alphabet.length].repeat(width));
}

const expected = (written: string[]): string => written.map((line) => line + "\n").join("");

describe("a printed string", () => {
  it("is the text written, ASCII or not", () => {
    for (const written of [["(module)"], ["(module $π)", "(func $\u{1F600})"], []]) expect(printed(written)).toBe(expected(written));
  });

  it("is the text written when it is larger than the part kept whole (48 MB)", () => {
    const written = [...lines(50, 1 << 20, "abc"), "(func $é)", ...lines(3, 1 << 20, "xyz")];
    const text = printed(written);
    expect(text.length).toBe(expected(written).length);
    expect(text).toBe(expected(written));
  });

  it("keeps its text when the next output reuses the buffer", () => {
    const first = lines(3, 1 << 20, "abc");
    const second = lines(3, 1 << 20, "xyz");
    const a = printed(first);
    const b = printed(second);
    expect(a).toBe(expected(first));
    expect(b).toBe(expected(second));
  });

  it("is the text written in pieces printed elsewhere", () => {
    const out = new TextOut();
    out.text("(module\n");
    out.boundary();
    out.pass(new TextEncoder().encode("  (func $ü)\n"));
    out.text(")\n");
    expect(out.whole()).toBe("(module\n  (func $ü)\n)\n");
  });
});

describe("a sink", () => {
  /** Writes `count` lines of 1 KB, each of its own letter (seven, so that no two chunks hold the same text), into a sink that decodes each chunk on arrival and keeps the chunk itself. */
  function streamed(lend: boolean, count: number): { decoded: string; kept: Uint8Array[] } {
    const decoder = new TextDecoder();
    let decoded = "";
    const kept: Uint8Array[] = [];
    const out = new TextOut((chunk) => {
      decoded += decoder.decode(chunk);
      kept.push(chunk);
    }, lend);
    for (const line of lines(count, 1023, "abcdefg")) {
      out.text(line);
      out.byte(0x0a);
      out.boundary();
    }
    out.finish();
    return { decoded, kept };
  }

  const written = expected(lines(200, 1023, "abcdefg"));
  const joined = (chunks: Uint8Array[]): string => chunks.map((chunk) => new TextDecoder().decode(chunk)).join("");

  it("given the chunks keeps the text in them", () => {
    const { decoded, kept } = streamed(false, 200);
    expect(kept.length).toBeGreaterThan(1);
    expect(decoded).toBe(written);
    expect(joined(kept)).toBe(written);
  });

  it("lent the chunks reads the text in each as it arrives, and the later text writes over the earlier chunks", () => {
    const { decoded, kept } = streamed(true, 200);
    expect(kept.length).toBeGreaterThan(1);
    expect(decoded).toBe(written);
    expect(joined(kept)).not.toBe(written);
  });
});

/** A short description of a value for messages: its type, or the value itself when short. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value.length <= 20 ? JSON.stringify(value) : "a string";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value !== "object") return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name !== "string" || name === "Object" || name === "") return "an object";
  // "an Array", "an Int8Array"; "a Uint8Array", whose U sounds as "you".
  return `${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`;
}

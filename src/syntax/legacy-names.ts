/**
 * Spellings the text format used before the standard renamed them (spec
 * pull requests #720 and #926, the threads and SIMD proposals' renames),
 * as WABT still accepts them: the old keyword and the current one. The
 * parser rejects them with a message naming the current spelling, or, for
 * the linter, reads them as the current keyword and records where they are.
 */

/** Old keyword → current keyword. */
export const LEGACY_NAMES: ReadonlyMap<string, string> = new Map([
  ["get_local", "local.get"],
  ["set_local", "local.set"],
  ["tee_local", "local.tee"],
  ["get_global", "global.get"],
  ["set_global", "global.set"],
  ["current_memory", "memory.size"],
  ["grow_memory", "memory.grow"],
  ["anyfunc", "funcref"],
  ["i32.wrap/i64", "i32.wrap_i64"],
  ["i64.extend_s/i32", "i64.extend_i32_s"],
  ["i64.extend_u/i32", "i64.extend_i32_u"],
  ["i32.trunc_s/f32", "i32.trunc_f32_s"],
  ["i32.trunc_u/f32", "i32.trunc_f32_u"],
  ["i32.trunc_s/f64", "i32.trunc_f64_s"],
  ["i32.trunc_u/f64", "i32.trunc_f64_u"],
  ["i64.trunc_s/f32", "i64.trunc_f32_s"],
  ["i64.trunc_u/f32", "i64.trunc_f32_u"],
  ["i64.trunc_s/f64", "i64.trunc_f64_s"],
  ["i64.trunc_u/f64", "i64.trunc_f64_u"],
  ["i32.trunc_s:sat/f32", "i32.trunc_sat_f32_s"],
  ["i32.trunc_u:sat/f32", "i32.trunc_sat_f32_u"],
  ["i32.trunc_s:sat/f64", "i32.trunc_sat_f64_s"],
  ["i32.trunc_u:sat/f64", "i32.trunc_sat_f64_u"],
  ["i64.trunc_s:sat/f32", "i64.trunc_sat_f32_s"],
  ["i64.trunc_u:sat/f32", "i64.trunc_sat_f32_u"],
  ["i64.trunc_s:sat/f64", "i64.trunc_sat_f64_s"],
  ["i64.trunc_u:sat/f64", "i64.trunc_sat_f64_u"],
  ["f32.convert_s/i32", "f32.convert_i32_s"],
  ["f32.convert_u/i32", "f32.convert_i32_u"],
  ["f32.convert_s/i64", "f32.convert_i64_s"],
  ["f32.convert_u/i64", "f32.convert_i64_u"],
  ["f64.convert_s/i32", "f64.convert_i32_s"],
  ["f64.convert_u/i32", "f64.convert_i32_u"],
  ["f64.convert_s/i64", "f64.convert_i64_s"],
  ["f64.convert_u/i64", "f64.convert_i64_u"],
  ["f32.demote/f64", "f32.demote_f64"],
  ["f64.promote/f32", "f64.promote_f32"],
  ["i32.reinterpret/f32", "i32.reinterpret_f32"],
  ["i64.reinterpret/f64", "i64.reinterpret_f64"],
  ["f32.reinterpret/i32", "f32.reinterpret_i32"],
  ["f64.reinterpret/i64", "f64.reinterpret_i64"],
  ["atomic.notify", "memory.atomic.notify"],
  ["i32.atomic.wait", "memory.atomic.wait32"],
  ["i64.atomic.wait", "memory.atomic.wait64"],
  ["f32x4.convert_s/i32x4", "f32x4.convert_i32x4_s"],
  ["f32x4.convert_u/i32x4", "f32x4.convert_i32x4_u"],
  ["i32x4.trunc_s/f32x4:sat", "i32x4.trunc_sat_f32x4_s"],
  ["i32x4.trunc_u/f32x4:sat", "i32x4.trunc_sat_f32x4_u"],
  ["i8x16.any_true", "v128.any_true"],
  ["i16x8.any_true", "v128.any_true"],
  ["i32x4.any_true", "v128.any_true"],
  ["i16x8.widen_low_i8x16_s", "i16x8.extend_low_i8x16_s"],
  ["i16x8.widen_high_i8x16_s", "i16x8.extend_high_i8x16_s"],
  ["i16x8.widen_low_i8x16_u", "i16x8.extend_low_i8x16_u"],
  ["i16x8.widen_high_i8x16_u", "i16x8.extend_high_i8x16_u"],
  ["i32x4.widen_low_i16x8_s", "i32x4.extend_low_i16x8_s"],
  ["i32x4.widen_high_i16x8_s", "i32x4.extend_high_i16x8_s"],
  ["i32x4.widen_low_i16x8_u", "i32x4.extend_low_i16x8_u"],
  ["i32x4.widen_high_i16x8_u", "i32x4.extend_high_i16x8_u"],
]);

/** Where an old spelling was read as the current one. */
export interface LegacyName {
  start: number;
  end: number;
  old: string;
  current: string;
}


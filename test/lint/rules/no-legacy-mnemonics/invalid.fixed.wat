(module
  (table 1 funcref)
  (memory 1)
  (global $g (mut i32) (i32.const 0))
  (func (export "f") (param $x f32) (result i64)
    (local $n i32)
    ;; pre-standard spellings, as WABT still reads them
    (local.set $n (i32.trunc_f32_s (local.get $x)))
    (global.set $g (local.tee $n (memory.grow (memory.size))))
    (drop (f64.promote_f32 (f32.demote_f64 (f64.const 1))))
    (i64.extend_i32_u (i32.wrap_i64 (i64.reinterpret_f64 (f64.convert_i32_s (global.get $g)))))))

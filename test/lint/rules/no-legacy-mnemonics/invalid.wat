(module
  (table 1 anyfunc)
  (memory 1)
  (global $g (mut i32) (i32.const 0))
  (func (export "f") (param $x f32) (result i64)
    (local $n i32)
    ;; pre-standard spellings, as WABT still reads them
    (set_local $n (i32.trunc_s/f32 (get_local $x)))
    (set_global $g (tee_local $n (grow_memory (current_memory))))
    (drop (f64.promote/f32 (f32.demote/f64 (f64.const 1))))
    (i64.extend_u/i32 (i32.wrap/i64 (i64.reinterpret/f64 (f64.convert_s/i32 (get_global $g)))))))

;; options: [{"features": ["bulk-memory"]}]
(module
  (memory i64 1)
  (func (export "f") (result v128)
    (memory.fill (i64.const 0) (i32.const 0) (i64.const 0))
    (return_call $g))
  (func $g (result v128) (v128.const i32x4 0 0 0 0)))

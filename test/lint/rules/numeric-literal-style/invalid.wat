(module
  (func (export "f") (result i64)
    (drop (i32.const 0xFF))
    i32.const -0xAbC
    drop
    (i64.const 0xdead_BEEF)))

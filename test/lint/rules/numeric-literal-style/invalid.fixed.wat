(module
  (func (export "f") (result i64)
    (drop (i32.const 0xff))
    i32.const -0xabc
    drop
    (i64.const 0xdead_beef)))

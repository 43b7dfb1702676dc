(module
  (func (export "f") (result i64)
    (drop (i32.const 0xff_ff))
    (drop (i32.const -0x7f))
    (i64.const 1_000_000)))

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (result i32)
    call $g
    return)
  (func (export "h") (result i32)
    (call $g)))

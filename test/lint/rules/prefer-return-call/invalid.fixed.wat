(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (result i32)
    return_call $g)
  (func (export "h") (result i32)
    (return_call $g)))

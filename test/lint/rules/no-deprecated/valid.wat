(module
  (func $old (@deprecated "use $new") (result i32) (i32.const 1))
  (func $new (result i32) (i32.const 2))
  (func (export "f") (result i32) (call $new)))

(module
  (func $old (@deprecated "use $new") (result i32) (i32.const 1))
  (global $g (@deprecated) i32 (i32.const 0))
  (func (export "f") (result i32)
    (i32.add (call $old) (global.get $g))))

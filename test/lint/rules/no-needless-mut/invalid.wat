(module
  (global $limit (mut i32) (i32.const 100))
  (func (export "limit") (result i32) (global.get $limit)))

(module
  (import "env" "g" (global $imported (mut i32)))
  (global $set (mut i32) (i32.const 0))
  (global $exported (export "counter") (mut i32) (i32.const 0))
  (func (export "bump")
    (global.set $set (i32.add (global.get $set) (global.get $imported)))))

(module
  (import "gojs" "a" (func (param i32)))
  (import "gojs" "b" (func (param i32)))
  (import "gojs" "a" (func (param i32)))
  (memory 1)
  (data (i32.const 16) "0123456789")
  (func (export "f0") (result i32) (i32.const 100))
  (func (export "f1") (result i32) (i32.const 101)))

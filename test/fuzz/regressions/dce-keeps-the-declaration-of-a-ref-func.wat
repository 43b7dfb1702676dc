(module
  (type $t (func (result i32)))
  (func $f (result i32) (i32.const 7))
  (func (export "g") (result i32) (call_ref $t (ref.func $f)))
  ;; Nothing uses the segment, but it declares $f for ref.func.
  (elem func $f))

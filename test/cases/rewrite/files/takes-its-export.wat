;; Its export "g" is all that declares $g, whose ref.func "take" returns.
(module
  (func $g (export "g") (result i32) (i32.const 5))
  (func (export "take") (result funcref) (ref.func $g)))

;; Only final types without sub- or supertypes, outside any import or export signature.
(module
  (type $point (struct (field $x (mut f64)) (field $y f64)))
  (type $bytes (array i8))
  (type $shared (array (mut i32)))
  (func $move (param $p (ref $point)) (result (ref $bytes))
    (struct.set $point $x (local.get $p) (f64.const 1))
    (array.new_default $bytes (i32.const 4)))
  (func (export "visible") (param (ref $shared))))

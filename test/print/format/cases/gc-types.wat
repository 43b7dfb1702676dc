;; GC types: recursion groups one type per line, subtypes, fields.
(module
  (rec (type $node (sub (struct (field $value i32) (field $next (ref null $node))))) (type $leaf (sub final $node (struct (field $value i32) (field $next (ref null $node)) (field $extra (mut f64))))))
  (type $bytes (array (mut i8)))
  (type $point (struct (field $x f64) (field $y f64)))
  (func $make (param $v i32) (result (ref $node))
    (struct.new $node (local.get $v) (ref.null $node)))
  (func $len (param (ref $bytes)) (result i32)
    local.get 0
    array.len)
  (func $cast (param anyref) (result i32)
    (ref.test (ref $point) (local.get 0)))
)

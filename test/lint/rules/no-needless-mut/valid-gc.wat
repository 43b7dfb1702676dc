(module
  (type $node (sub (struct (field (mut i32)))))
  (type $leaf (sub $node (struct (field (mut i32)))))
  (type $buf (array (mut i8)))
  (func (export "fill") (param $b (ref $buf))
    (array.set $buf (local.get $b) (i32.const 0) (i32.const 1)))
  (func (export "leaf") (param (ref $leaf))))

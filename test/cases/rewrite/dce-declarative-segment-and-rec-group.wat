;; passes: dce
(module
  (rec (type $a (struct (field (ref null $b)))) (type $b (struct)) (type $c (array i8)))
  (elem declare func $f $g)
  (func $f)
  (func $g)
  (func (export "h") (result funcref) (ref.func $f))
  (func (export "s") (result (ref null $a)) (ref.null $a)))

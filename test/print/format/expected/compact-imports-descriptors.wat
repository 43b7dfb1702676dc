(module
  (rec
    (type $a (sub (descriptor $b) (struct (field i32))))
    (type $b (sub (describes $a) (struct)))
  )
  (type $f (func))
  (import "env" (item "f" (func $f (type $f))) (item "g" (global $g i32)))
  (import "env" (item "h") (item "i") (func (type $f)))
  (import "m" "x" (func $x (exact (type $f))))
  (func (param $d (ref null (exact $b))) (result (ref null (exact $a)))
    (struct.new_desc $a (i32.const 1) (local.get $d))
    (ref.cast_desc_eq (ref null $a) (ref.get_desc $a) (local.get $d))
  )
)

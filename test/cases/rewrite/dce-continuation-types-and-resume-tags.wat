;; passes: dce
(module (type $f (func)) (type $c (cont $f)) (tag $t) (tag $s) (tag $dead)
  (func (export "run") (param (ref $c))
    (block $h (result (ref $c)) (resume $c (on $t $h) (on $s switch) (local.get 0)) (return)) (drop)))

;; passes: dce
;; $g is declared only by the dead global $dead, $h only by the dead table $t's initialiser:
;; both stay declared, by a declarative segment, so that the live code may still take them.
(module
  (global $dead funcref (ref.func $g))
  (global $kept (export "kept") funcref (ref.func $f))
  (table $t 1 funcref (ref.func $h))
  (func $f)
  (func $g)
  (func $h)
  (func (export "take") (result funcref) (drop (ref.func $f)) (drop (ref.func $h)) (ref.func $g)))

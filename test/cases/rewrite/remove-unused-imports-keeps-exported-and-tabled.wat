;; passes: remove-unused-imports
(module (import "a" "f" (func $f)) (import "a" "g" (func $g)) (import "a" "h" (func $h))
  (import "a" "mem" (memory 1)) (table 1 funcref) (elem (i32.const 0) $g) (export "f" (func $f)))

;; options: [{"deadStores": true}]
(module
  (func (export "f") (param $p i32) (result i32)
    (local $x i32)
    ;; the first value is overwritten before any read
    (drop (i32.const 1))
    (local.set $x (local.get $p))
    (if (local.get $x)
      (then (local.set $x (i32.const 3)))
      (else (return (i32.const 4))))
    (local.get $x)
    ;; written after the last read
    (drop (i32.const 5))))

;; Folded expressions stay on one line when they fit, otherwise one operand per line.
(module
  (func $f (param $x i32) (param $y i32) (result i32)
    (i32.add (local.get $x) (i32.const 1))
    (i32.add (i32.mul (local.get $x) (local.get $y)) (i32.sub (local.get $y) (i32.const 0x7fff_ffff)))
    (i32.add (i32.mul (i32.add (local.get $x) (i32.const 1)) (i32.sub (local.get $y) (i32.const 2))) (i32.div_u (local.get $x) (i32.const 3)))
    (select (result i32) (local.get $x) (local.get $y) (i32.lt_s (local.get $x) (local.get $y)))
    (drop)
    (drop)
    (block $done (result i32)
      (loop $again
        (br_if $again (i32.eqz (local.get $x))))
      (if (result i32) (local.get $x) (then (i32.const 1)) (else (i32.const 2)))))
  (global $g (mut i32) (i32.const -1))
  (global $h f64 (f64.const 0x1.8p+1))
)

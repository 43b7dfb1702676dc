;; A loop with a way out, a block someone branches to, an if without else: all fall through.
(module
  (func (export "f") (param i32) (result i32)
    (block $out
      (loop $again
        (br_if $out (local.get 0))
        br $again))
    (block $b
      (br_if $b (local.get 0))
      unreachable)
    (if (local.get 0) (then (return (i32.const 1))))
    i32.const 2))

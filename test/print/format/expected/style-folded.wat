;; format: instructionStyle=folded
(module
  (func $f (param $x i32) (result i32)
    (if (result i32)
      (i32.eqz (local.get $x))
      (then
        (i32.const 1)
      )
      (else
        (i32.mul
          (local.get $x)
          (call $f
            (i32.sub (local.get $x) (i32.const 1))))
      )
    )
  )
  (func $store (param i32 i32)
    (i32.store offset=4 (local.get 0) (local.get 1))
    (block $b
      (br_if $b (local.get 0))
    )
  )
)

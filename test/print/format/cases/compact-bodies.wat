;; format: compactBodies=true
(module
  (func $one (result i32) i32.const 1)
  (func $folded (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $two (result i32) i32.const 1 i32.const 2 i32.add)
  (func $commented (result i32) i32.const 1 ;; kept on its own line
  )
  (func $nested (param i32) (result i32)
    (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2))))
  (func $long (param $first i32) (param $second i32) (result i32) (i32.add (local.get $first) (local.get $second)))
  (func $flat block nop end)
)

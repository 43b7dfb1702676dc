;; format: instructionStyle=folded
(module
  (func $f (param $x i32) (result i32)
    local.get $x
    i32.eqz
    if (result i32)
      i32.const 1
    else
      local.get $x
      local.get $x
      i32.const 1
      i32.sub
      call $f
      i32.mul
    end)
  (func $store (param i32 i32)
    local.get 0
    local.get 1
    i32.store offset=4
    block $b
      local.get 0
      br_if $b
    end))

;; format: instructionStyle=flat
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
    end
  )
)

;; format: instructionStyle=folded
(module
  (func $before-the-first-operand (param i32) (result i32)
    ;; Code metadata describes the instruction after it: folded, that instruction stays where its annotation is.
    (@metadata.code.x "a")
    local.get 0
    i32.const 1
    i32.add)
  (func $before-the-second-operand (param i32) (result i32)
    local.get 0
    (@metadata.code.x "b")
    i32.const 1
    i32.add)
  (func $before-a-branch (param i32) (result i32)
    local.get 0
    (@metadata.code.branch_hint "\00")
    if (result i32)
      i32.const 2
    else
      i32.const 3
    end))

;; format: instructionStyle=flat
(module
  (memory 1)
  (func $before-an-operand (param i32) (result i32)
    ;; Code metadata inside a folded instruction, before its operand, describes the operand's instruction.
    (@metadata.code.x "a")
    local.get 0
    i32.const 1
    i32.add
  )
  (func $after-the-immediates
    (@metadata.code.x "b")
    i32.const 0
    i32.load offset=4
    drop
  )
  (func $before-the-instruction (param i32) (result i32)
    ;; Before the folded instruction, it describes the instruction, which flat comes after its operands.
    local.get 0
    (@metadata.code.branch_hint "\01")
    if (result i32)
      i32.const 2
    else
      i32.const 3
    end
  )
)

(module
  (func (result i32)
    (if ;; a comment before the block type
      (result i32) (i32.const 1) (then (i32.const 1)) (else (i32.const 2)))))

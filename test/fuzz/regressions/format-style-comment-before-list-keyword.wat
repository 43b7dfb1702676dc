(module
  (memory 0)
  (func (result i32)
    (i32.const 0)
    (if (;;
      result i32) (then (i32.const 1)) (else (i32.const 2)))))

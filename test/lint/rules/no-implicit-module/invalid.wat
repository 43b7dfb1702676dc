;; fields without the wrapper
(func (export "f") (result i32)
  (i32.const 1))
(memory 1)

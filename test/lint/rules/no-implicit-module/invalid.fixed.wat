;; fields without the wrapper
(module
(func (export "f") (result i32)
  (i32.const 1))
(memory 1)
)

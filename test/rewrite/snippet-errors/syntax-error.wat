;; --pass add-wat=%s
(func (export "x") (result i32)
  (i32.add (i32.const 1) (i32.const)))

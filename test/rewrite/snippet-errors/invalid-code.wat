;; --pass add-wat=%s
(func (export "a") (result i32) i64.const 1)

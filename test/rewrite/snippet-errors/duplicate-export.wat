;; --pass add-wat=%s
(func $other (result i32) (i32.const 1))
(export "f0" (func $other))

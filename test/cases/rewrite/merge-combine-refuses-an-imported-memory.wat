;; passes: merge=self=a,b=files/b-imports-memory.wat,memories=combine
(module (import "b" "get" (func (param i32) (result i32))) (memory 1) (func (export "x") (result i32) (call 0 (i32.const 0))))

;; passes: merge=self=app,lib=files/square-i64.wat
(module (import "lib" "square" (func (param i32) (result i32))) (func (export "x")))

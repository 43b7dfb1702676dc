;; passes: merge=self=app,lib=files/global-i64.wat
(module (import "lib" "g" (global (mut i32))) (import "lib" "f" (func (param i32))) (func (export "x") (global.set 0 (i32.const 1))))

;; passes: merge=self=a,b=files/loop-b.wat
(module (import "b" "f" (func $f)) (export "f" (func $f)))

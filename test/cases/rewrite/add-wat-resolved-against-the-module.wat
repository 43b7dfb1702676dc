;; passes: add-wat=files/plus1.wat
(module (func $twice (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1))))

;; passes: replace-func=$slow=@files/slow.wat
(module (func $slow (export "f") (param i32) (result i32) (local.get 0)))

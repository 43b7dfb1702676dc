;; passes: inject-data=files/text.txt
(module (memory (export "memory") 1 4) (data (i32.const 0) "x"))

;; passes: inject-data=files/greeting.txt,at=256
(module (memory (export "memory") 1) (func (export "at") (param i32) (result i32) (i32.load8_u (local.get 0))))

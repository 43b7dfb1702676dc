(module
  (memory 1)
  (table 1 funcref)
  (func (export "f") (result i32)
    (drop (table.size 0))
    (i32.load 0 (i32.const 0))))

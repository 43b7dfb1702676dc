(module
  (memory 1)
  (table 1 funcref)
  (func (export "f") (result i32)
    (drop (table.size))
    (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))
    (i32.load offset=4 (i32.const 0))))

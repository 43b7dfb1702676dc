(func (export "plus1") (param i32) (result i32) (call $twice (local.get 0)) (i32.const 1) i32.add)

(module (global (export "g") i64 (i64.const 0)) (func (export "f") (param i32)))

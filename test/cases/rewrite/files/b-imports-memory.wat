(module (import "env" "mem" (memory 1)) (func (export "get") (param i32) (result i32) (i32.load8_u (local.get 0))))

(module (import "app" "memory" (memory 1)) (data (i32.const 28) "user") (func (export "f")))

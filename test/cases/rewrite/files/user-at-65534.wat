(module (import "app" "memory" (memory 1)) (data (i32.const 65534) "user") (func (export "f")))

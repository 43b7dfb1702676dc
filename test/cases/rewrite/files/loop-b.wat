(module (import "a" "f" (func $f)) (export "f" (func $f)))

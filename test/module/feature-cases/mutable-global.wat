;; features: wasm2,-mutable-global
(module
  (import "env" "g" (global (mut i32))))

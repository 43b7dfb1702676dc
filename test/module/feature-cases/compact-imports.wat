;; features: wasm3
(module
  (import "m" (item "a" (func)) (item "b" (func))))

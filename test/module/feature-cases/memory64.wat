;; features: wasm2
(module
  (memory i64 1))

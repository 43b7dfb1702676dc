;; features: wasm2
(module
  (memory $a 1)
  (memory $b 1))

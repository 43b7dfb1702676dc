;; features: wasm3
(module
  (memory 1 1 shared))

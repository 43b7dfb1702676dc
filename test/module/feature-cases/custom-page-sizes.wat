;; features: wasm3
(module
  (memory 1 (pagesize 1)))

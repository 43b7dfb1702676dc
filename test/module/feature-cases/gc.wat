;; features: wasm3,-gc
(module
  (type $point (struct (field i32) (field i32))))

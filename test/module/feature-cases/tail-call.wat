;; features: wasm2
(module
  (func $f
    return_call $f))

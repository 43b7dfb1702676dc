;; features: wasm3
(module
  (func (result i64 i64)
    i64.const 1
    i64.const 2
    i64.const 3
    i64.const 4
    i64.add128))

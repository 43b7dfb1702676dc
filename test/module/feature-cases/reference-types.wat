;; features: wasm2,-reference-types
(module
  (func (param externref)))

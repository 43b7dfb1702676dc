;; features: wasm3,-exceptions
(module
  (func (result exnref)
    ref.null exn))

;; features: wasm3
(module
  (type $s (struct))
  (func (param (ref null (exact $s)))))

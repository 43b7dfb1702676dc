;; features: wasm2
(module
  (type $t (func))
  (func (param (ref $t))))

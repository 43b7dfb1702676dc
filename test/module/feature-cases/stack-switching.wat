;; features: wasm3
(module
  (type $f (func))
  (type $c (cont $f))
  (func (param (ref $c))
    (resume $c (local.get 0))))

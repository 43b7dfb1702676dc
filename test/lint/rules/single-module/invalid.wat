(module $first
  (func (export "f")))
(module $second
  (func (export "g")))

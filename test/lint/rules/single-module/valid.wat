(module $only
  (func (export "f")))

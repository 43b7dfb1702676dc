(module
  (func (export "f")
    (block)))

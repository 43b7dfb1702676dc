(module
  (func (export "f")
    nop
    (block (nop))))

(module (func (export "a")) (func (export "a")))

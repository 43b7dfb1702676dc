(module (func (export "square") (param i64) (result i64) local.get 0))

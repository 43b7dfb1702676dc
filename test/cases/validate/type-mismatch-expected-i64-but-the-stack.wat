(module (func (param i64 i64 i64) (result i64 i64) (i64.sub128 (local.get 0) (local.get 1) (local.get 2))))

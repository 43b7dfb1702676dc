(module (func (param i64 i32) (result i64 i64) (i64.mul_wide_u (local.get 0) (local.get 1))))

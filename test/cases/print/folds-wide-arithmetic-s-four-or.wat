(module (func (param i64 i64) (result i64)
        local.get 0 local.get 1 i64.mul_wide_u
        local.get 0 local.get 1 i64.const 0 i64.const 0 i64.add128
        drop drop drop))

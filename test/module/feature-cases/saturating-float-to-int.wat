;; features: wasm2,-saturating-float-to-int
(module
  (func (param f32) (result i32)
    local.get 0
    i32.trunc_sat_f32_s))

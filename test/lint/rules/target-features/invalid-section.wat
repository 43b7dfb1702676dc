;; With no target set, the module's own target_features section: SIMD is marked "-".
(module
  (@custom "target_features" "\01-\07simd128")
  (func (export "f") (result v128) (v128.const i64x2 0 0)))

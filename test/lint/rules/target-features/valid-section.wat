;; With no target and no target_features section, nothing is beyond the target.
(module
  (func (export "f") (result v128) (v128.const i64x2 0 0)))

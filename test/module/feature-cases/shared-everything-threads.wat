;; features: wasm3
(module
  (global $g (shared mut i32) (i32.const 0))
  (func (result i32)
    global.atomic.get seq_cst $g))

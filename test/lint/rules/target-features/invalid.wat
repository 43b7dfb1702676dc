;; options: [{"target": "wasm1"}]
(module
  (memory 1)
  (func (export "f") (param i32) (result i32 i32)
    (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))
    (i32.extend8_s (local.get 0))
    (ref.is_null (ref.null func))))

;; Long parameter lists, type uses and imports break one part per line.
(module
  (type $callback (func (param i32 i64 f32 f64 externref funcref (ref null $callback)) (result i32 i64)))
  (import "environment" "a_rather_long_function_name" (func $imported (param i32 i32 i32 i32) (result i32)))
  (func $many (export "many") (param $first i32) (param $second i64) (param $third f32) (param $fourth f64) (result i32)
    local.get $first)
  (func $short (param i32) (result i32) local.get 0)
  (func $empty)
  (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32))
)

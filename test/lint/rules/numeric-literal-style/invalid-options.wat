;; options: [{"hexDigits": "upper", "separators": "never"}]
(module
  (func (export "f") (result i64)
    (drop (i32.const 0xff))
    (i64.const 1_000_000)))

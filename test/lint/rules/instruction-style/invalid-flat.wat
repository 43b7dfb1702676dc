;; options: ["flat"]
(module
  (func (export "f") (param i32) (result i32)
    local.get 0
    (i32.add (i32.const 1))))

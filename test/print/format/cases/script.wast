;; Script commands: assertions break before their module and message.
(module $M (func (export "f") (param i32) (result i32) (local.get 0)))
(register "M" $M)
(assert_return (invoke "f" (i32.const 42)) (i32.const 42))
(assert_return (invoke $M "f" (i32.const 1)) (either (i32.const 1) (i32.const 2)))
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_malformed (module quote "(func i32.const 0x)") "unknown operator")
(module binary "\00asm" "\01\00\00\00")
(assert_trap (invoke "f" (i32.const 0)) "unreachable")

(func $log (param i32) (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
(func $double (param i32) (result i32) (call $twice (i32.add (local.get 0) (global.get $calls))))
(export "calls" (global $calls))

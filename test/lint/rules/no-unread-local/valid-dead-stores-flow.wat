;; options: [{"deadStores": true}]
(module
  (func (export "loop") (param $n i32) (result i32)
    (local $sum i32)
    ;; read on the next turn of the loop
    (loop $again
      (local.set $sum (i32.add (local.get $sum) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (local.get $n)))
    (local.get $sum))
  (func (export "branch") (param $c i32) (result i32)
    (local $x i32)
    (local.set $x (i32.const 1))
    ;; read on the path that leaves the block early
    (block $out
      (br_if $out (local.get $c))
      (local.set $x (i32.const 2)))
    (local.get $x))
  (tag $e)
  (func (export "handler") (result i32)
    (local $x i32)
    (local.set $x (i32.const 1))
    ;; read by the handler if the call throws
    (block $caught
      (try_table (catch $e $caught)
        (local.set $x (i32.const 2))
        (call $may-throw)
        (local.set $x (i32.const 3))))
    (local.get $x))
  (func $may-throw))

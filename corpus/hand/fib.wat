;; Fibonacci three ways: recursive, iterative, and with a memo table in
;; linear memory. Hand-written; exercises folded and flat code, locals,
;; loops, branches and memory access.
(module $fib
  (memory $memo (export "memo") 1)

  (func $fib_rec (export "fib_rec") (param $n i32) (result i64)
    (if (result i64) (i32.lt_u (local.get $n) (i32.const 2))
      (then (i64.extend_i32_u (local.get $n)))
      (else
        (i64.add
          (call $fib_rec (i32.sub (local.get $n) (i32.const 1)))
          (call $fib_rec (i32.sub (local.get $n) (i32.const 2)))))))

  (func $fib_iter (export "fib_iter") (param $n i32) (result i64)
    (local $a i64) (local $b i64) (local $t i64)
    i64.const 0
    local.set $a
    i64.const 1
    local.set $b
    block $done
      loop $next
        local.get $n
        i32.eqz
        br_if $done
        local.get $a
        local.get $b
        i64.add
        local.set $t
        local.get $b
        local.set $a
        local.get $t
        local.set $b
        local.get $n
        i32.const 1
        i32.sub
        local.set $n
        br $next
      end
    end
    local.get $a)

  ;; memo[n] holds fib(n) + 1, so that 0 means "not computed yet".
  (func $fib_memo (export "fib_memo") (param $n i32) (result i64)
    (local $slot i32) (local $v i64)
    (local.set $slot (i32.shl (local.get $n) (i32.const 3)))
    (local.set $v (i64.load offset=0 align=8 (local.get $slot)))
    (if (i64.ne (local.get $v) (i64.const 0))
      (then (return (i64.sub (local.get $v) (i64.const 1)))))
    (local.set $v (call $fib_iter (local.get $n)))
    (i64.store (local.get $slot) (i64.add (local.get $v) (i64.const 1)))
    (local.get $v)))

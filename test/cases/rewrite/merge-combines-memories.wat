;; passes: merge=self=a,b=files/b.wat,memories=combine,export=a.both,export=a.asize,export=a.bgrow,export=a.bsize,export=a.memory,export=b.get,export=b.fill,export=b.copy,export=b.init
(module (import "b" "get" (func $get (param i32) (result i32)))
  (import "b" "grow" (func $grow (param i32) (result i32)))
  (import "b" "size" (func $bsize (result i32)))
  (memory $ma (export "memory") 1) (data (i32.const 0) "A")
  (func (export "both") (result i32) (i32.add (i32.load8_u (i32.const 0)) (call $get (i32.const 0))))
  (func (export "asize") (result i32) (memory.size))
  (func (export "bgrow") (param i32) (result i32) (call $grow (local.get 0)))
  (func (export "bsize") (result i32) (call $bsize)))

;; A shared function may load from a shared memory, not from an unshared
;; one, nor copy between the two; an unshared function may use either.
(module
  (memory $shared 1 1 shared)
  (memory $own 1)
  (type $s (shared (func)))
  (func (type $s)
    (drop (i32.atomic.load $shared (i32.const 0))))
  (func (type $s)
    (drop (i32.load $own (i32.const 0))))
  (func (type $s)
    (memory.copy $shared $own (i32.const 0) (i32.const 0) (i32.const 0)))
  (func
    (memory.copy $shared $own (i32.const 0) (i32.const 0) (i32.const 0))))

;; format: instructionStyle=folded
;; Counts that only the module's types give: calls (to a function defined
;; later, through a table, tail calls), returns, branches, struct.new, throw.
(module
  (type $bin (func (param i32 i32) (result i32)))
  (type $point (struct (field i32) (field i32)))
  (table 1 funcref)
  (tag $oops (param i32))
  (func $main (param $a i32) (param $b i32) (result i32)
    (return
      (i32.add
        (call $add (local.get $a) (local.get $b))
        (call_indirect (type $bin)
          (local.get $a)
          (local.get $b)
          (i32.const 0))))
  )
  (func $add (type $bin)
    (i32.add (local.get 0) (local.get 1))
  )
  (func $tail (param i32) (result i32)
    (return_call $add (local.get 0) (local.get 0))
  )
  (func $pick (param i32) (result i32)
    (block $zero (result i32)
      (br_table $zero $zero (i32.const 10) (local.get 0))
    )
  )
  (func $make (result (ref $point))
    (struct.new $point (i32.const 1) (i32.const 2))
  )
  (func $fail
    (throw $oops (i32.const 7))
  )
)

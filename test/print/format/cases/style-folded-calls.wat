;; format: instructionStyle=folded
;; Counts that only the module's types give: calls (to a function defined
;; later, through a table, tail calls), returns, branches, struct.new, throw.
(module
  (type $bin (func (param i32 i32) (result i32)))
  (type $point (struct (field i32) (field i32)))
  (table 1 funcref)
  (tag $oops (param i32))
  (func $main (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    call $add
    local.get $a
    local.get $b
    i32.const 0
    call_indirect (type $bin)
    i32.add
    return)
  (func $add (type $bin)
    local.get 0
    local.get 1
    i32.add)
  (func $tail (param i32) (result i32)
    local.get 0
    local.get 0
    return_call $add)
  (func $pick (param i32) (result i32)
    block $zero (result i32)
      i32.const 10
      local.get 0
      br_table $zero $zero
    end)
  (func $make (result (ref $point))
    i32.const 1
    i32.const 2
    struct.new $point)
  (func $fail
    i32.const 7
    throw $oops))

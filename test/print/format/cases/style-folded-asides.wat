;; format: instructionStyle=folded
(module
  (tag $t)
  (func $delegates
    try $outer
      try
        call $delegates
      delegate (@a note) $outer
    end
    try
    delegate (; to the caller ;) 0)
  (func $labels (param i32)
    block $b
      br $b
    end (; the block ;) $b
    local.get 0
    if $i
      nop
    else (; the other arm ;) $i
      nop
    end)
  (func $catches
    try
      call $catches
    catch (; the tag ;) $t
      i32.const 1
      drop
    end))

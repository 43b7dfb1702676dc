;; format: instructionStyle=flat
(module
  (tag $t)
  (func $delegates
    try $outer
      try
        call $delegates
      delegate (@a note) $outer
    end
    try
    delegate (; to the caller ;) 0
  )
  (func $catches
    try
      call $catches
    catch (; the tag ;) $t
      i32.const 1
      drop
    end
  )
)

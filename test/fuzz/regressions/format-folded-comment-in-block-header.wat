(module
  (func (result i32)
    i32.const 0
    if (; a comment ;) $l (result i32)
      i32.const 1
    else
      i32.const 2
    end))

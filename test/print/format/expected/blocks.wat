;; Flat block bodies are indented; blank lines between groups of instructions are kept.
(module
  (tag $oops (param i32))
  (func $classify (param i32) (result i32)
    block $outer (result i32)
      local.get 0
      i32.eqz
      if (result i32)
        i32.const 0
      else
        local.get 0
        i32.const 10
        i32.lt_u
        if (result i32)
          i32.const 1
        else
          i32.const 2
        end
      end

      loop $l
        br $outer
      end
    end $outer
  )
  (func $guarded (result i32)
    block $h (result i32)
      try_table (result i32) (catch $oops $h)
        i32.const 7
        throw $oops
      end
    end
  )
  (func $legacy
    try
      call $guarded
      drop
    catch $oops
      drop
    catch_all
    end
  )
)

;; A long br_table wraps its labels like words; short ones stay on one line.
(module
  (func $dispatch (param i32) (result i32)
    block $a
      block $b
        block $c
          block $d
            local.get 0
            br_table $a $b $c $d $a $b $c $d $a $b $c $d $a $b $c $d $a $b $c $d
              $a $b $c $d $a $b $c $d
          end
        end
      end
    end
    local.get 0
    br_table 0 1 2
    i32.const 0
  )
  (func (param i32)
    (block
      (block
        (br_table 0 1 1 0 0 1 0 1 0 0 0 0 1 1 1 0 0 0 1 1 1 1 0 0 0 1 1 0 1 1 0
          (local.get 0))
      )
    )
  )
)

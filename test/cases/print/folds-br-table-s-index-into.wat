(module
        (tag $e)
        (func (param i32)
          (block $a (block $b (br_table $a $b (local.get 0))))
          try $t
            nop
          catch $e
            rethrow $t
          catch_all
          end))

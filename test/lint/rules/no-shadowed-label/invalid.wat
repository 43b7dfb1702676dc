(module
  (func
    block $l
      loop $l
        br $l
      end
    end))

(module
      (func $f (param $x i32) (result i32) (local i64 i64) (local $y f32)
        (block $out (result i32)
          (br_if $out (i32.const 1) (local.get $x))
          (if (local.get 0) (then nop) (else unreachable))
          (i32.const 2))))

(module(func(result)(;;
i32x4.extract_lane 2(v128.const i32x4 0 0 0 0))))
(module(func(export "")(param $y f32)(f32.add(f32.sub(local.get $y))(local.get $y)))(func(export "f6")(param $x f64)(param $y f64)(result)(f64.add(f64.sub(local.get $x)try_table try_table end end))))

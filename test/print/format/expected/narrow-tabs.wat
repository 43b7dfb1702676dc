;; format: printWidth=40 useTabs=true
(module
	(import "env" "memory" (memory 1))
	(func $sum
		(export "sum")
		(param $a i32)
		(param $b i32)
		(result i32)
		(i32.add
			(local.get $a)
			(i32.mul
				(local.get $b)
				(i32.const 2)))
	)
)

(module (type $t (sub (struct (field i32)))) (type (sub $t (struct (field i64)))))

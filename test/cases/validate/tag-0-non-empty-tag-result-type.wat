(module (tag (param i32) (result i32)))

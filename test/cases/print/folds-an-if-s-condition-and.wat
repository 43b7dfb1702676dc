(module (func (param i32) local.get 0 if nop else nop end))

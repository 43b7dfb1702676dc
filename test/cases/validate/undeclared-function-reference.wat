(module (func ref.func 0 drop))

(module (func (block rethrow 0)))

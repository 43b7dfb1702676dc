(module (func (local (ref extern)) local.get 0 drop))

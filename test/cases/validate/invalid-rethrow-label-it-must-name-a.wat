(module (func (try (do) (catch_all)) rethrow 0))

(module (func (block $l (block $l (br 1)))))

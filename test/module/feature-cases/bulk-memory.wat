;; features: lime1
(module
  (memory 1)
  (data "abc")
  (func (data.drop 0)))

(module (func (param i32) local.get 0 local.get 0 (@metadata.code.branch_hint "\01") i32.eq drop))

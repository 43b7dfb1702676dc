(module (type $t (sub final (struct))) (type (sub $t (struct))))

(module (memory 1 shared))

(module (memory 65537))

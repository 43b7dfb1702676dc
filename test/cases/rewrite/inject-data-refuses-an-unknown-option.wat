;; passes: inject-data=files/text.txt,color=red
(module (memory 1))

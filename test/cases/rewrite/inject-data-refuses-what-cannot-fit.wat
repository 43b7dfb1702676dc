;; passes: inject-data=files/text.txt
(module (memory 1 1))

// The first file of a two-file WASI program: calls through a function
// pointer stored in data (a table index relocation in data), reads a string
// and a counter (memory address relocations), calls a function defined in
// the other file (an undefined symbol here), and has a constructor (an init
// function of the linking section).
#include <stdio.h>

int scale(int x);
extern int calls;

static int square(int x) { return x * x; }

// Not static, so that the optimiser keeps them in memory for the linker to see.
int (*hooks[2])(int) = {square, scale};
const char *message = "hello";
int started;

__attribute__((constructor)) static void start(void) { started = 3; }

int main(void) {
  int total = 0;
  for (int i = 0; i < 2; i++) total += hooks[i](started);
  printf("%s %d %d %d\n", message, total, calls, started);
  return 0;
}

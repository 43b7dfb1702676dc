// The second file of the two-file program (see hook-main.c): a function the
// first file calls and a counter it reads.
int calls;

int scale(int x) {
  calls++;
  return x * 2;
}

/*
 * A side module for dynamic linking (tool-conventions' DynamicLinking.md):
 * built position-independent and linked with `wasm-ld --experimental-pic
 * -shared`, it carries a dylink.0 section (its memory and table needs),
 * imports its memory, table and bases, and reaches symbols of other modules
 * through GOT.mem / GOT.func imports.
 */

/* Defined by the main module or another side module. */
extern int host_counter;
extern int host_add(int a, int b);

/* Weak: the loader may take another module's definition instead. */
__attribute__((weak)) int tunable = 7;

static const int weights[4] = {1, 2, 3, 4};
int shared_total;

int side_sum(int n) {
  int s = 0;
  for (int i = 0; i < n && i < 4; i++) s = host_add(s, weights[i]);
  shared_total = s + host_counter + tunable;
  return shared_total;
}

/* Hidden: neither exported nor in the dynamic symbol table. */
__attribute__((visibility("hidden"))) int side_hidden(void) { return 3; }

/* Taking a function's address needs a table slot (GOT.func). */
int (*side_pointer(void))(int) { return side_sum; }

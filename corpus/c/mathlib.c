/*
 * A freestanding library: no libc, no entry point, only exported functions
 * over the module's own linear memory. It gives the corpus what a C library
 * compiled for embedding looks like: exports, a memory, a data segment (the
 * CRC table), loops, 64-bit arithmetic, float conversions, indirect calls,
 * and loops that clang vectorises and turns into bulk-memory instructions
 * when it is built with -msimd128 -mbulk-memory.
 */

#define EXPORT(name) __attribute__((export_name(name)))

typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;

/* A bump allocator over the memory after the program's own data. */
extern u8 __heap_base;
static u32 heap_top;

EXPORT("alloc")
void *alloc(u32 size) {
  if (heap_top == 0) heap_top = (u32)&__heap_base;
  u32 start = (heap_top + 7u) & ~7u;
  u32 end = start + size;
  u32 pages = __builtin_wasm_memory_size(0);
  if (end > pages * 65536u) {
    u32 more = (end - pages * 65536u + 65535u) / 65536u;
    if (__builtin_wasm_memory_grow(0, more) == (unsigned long)-1) return 0;
  }
  heap_top = end;
  return (void *)start;
}

EXPORT("reset")
void reset(void) { heap_top = 0; }

EXPORT("gcd")
u64 gcd(u64 a, u64 b) {
  while (b != 0) {
    u64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

EXPORT("fib")
u64 fib(u32 n) {
  u64 a = 0, b = 1;
  for (u32 i = 0; i < n; i++) {
    u64 t = a + b;
    a = b;
    b = t;
  }
  return a;
}

/* The table is a constant, so it lands in a data segment, not in code. */
static const u32 crc_table[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

EXPORT("crc32")
u32 crc32(const u8 *data, u32 length) {
  u32 crc = 0xffffffffu;
  for (u32 i = 0; i < length; i++) {
    crc ^= data[i];
    crc = (crc >> 4) ^ crc_table[crc & 15];
    crc = (crc >> 4) ^ crc_table[crc & 15];
  }
  return ~crc;
}

EXPORT("mean")
double mean(const int *values, u32 count) {
  if (count == 0) return 0.0;
  long long sum = 0;
  for (u32 i = 0; i < count; i++) sum += values[i];
  return (double)sum / (double)count;
}

/* Reduction through a function pointer, so the module has a table and call_indirect. */
typedef int (*combine_fn)(int, int);
static int add(int a, int b) { return a + b; }
static int max(int a, int b) { return a > b ? a : b; }
static int min(int a, int b) { return a < b ? a : b; }
static const combine_fn combiners[] = {add, max, min};

EXPORT("reduce")
int reduce(u32 which, const int *values, u32 count) {
  if (which >= sizeof combiners / sizeof combiners[0] || count == 0) return 0;
  combine_fn f = combiners[which];
  int acc = values[0];
  for (u32 i = 1; i < count; i++) acc = f(acc, values[i]);
  return acc;
}

EXPORT("reverse")
void reverse(u8 *text, u32 length) {
  if (length < 2) return;
  for (u32 i = 0, j = length - 1; i < j; i++, j--) {
    u8 t = text[i];
    text[i] = text[j];
    text[j] = t;
  }
}

/* Loops the vectoriser recognises: with -msimd128 they become v128 code. */
EXPORT("dot")
int dot(const int *a, const int *b, u32 count) {
  int sum = 0;
  for (u32 i = 0; i < count; i++) sum += a[i] * b[i];
  return sum;
}

EXPORT("scale")
void scale(float *values, u32 count, float factor) {
  for (u32 i = 0; i < count; i++) values[i] = values[i] * factor;
}

/*
 * With -mbulk-memory these builtins are single memory.copy / memory.fill
 * instructions; without it they are calls, and a freestanding module has to
 * bring the functions they call itself (-ffreestanding keeps clang from
 * turning these very loops back into such calls).
 */
#ifndef __wasm_bulk_memory__
void *memcpy(void *to, const void *from, unsigned long length) {
  u8 *d = to;
  const u8 *s = from;
  while (length--) *d++ = *s++;
  return to;
}

void *memset(void *to, int value, unsigned long length) {
  u8 *d = to;
  while (length--) *d++ = (u8)value;
  return to;
}
#endif

EXPORT("copy")
void copy(u8 *to, const u8 *from, u32 length) { __builtin_memcpy(to, from, length); }

EXPORT("fill")
void fill(u8 *to, u8 value, u32 length) { __builtin_memset(to, value, length); }

/*
 * A WASI command in the manner of `wc`: counts the lines, words and bytes of
 * the files named on the command line (or of standard input when there are
 * none) and prints them, one line per file and a total when there are
 * several. It reads files, writes to stdout and stderr, and exits with a code
 * that says what happened, so that `watkit run` can be checked on each of
 * those: 0 when every file was read, 1 when one could not be opened, 2 on a
 * bad option.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct counts {
  unsigned long lines, words, bytes;
};

static void count_stream(FILE *in, struct counts *out) {
  int in_word = 0;
  int c;
  while ((c = getc(in)) != EOF) {
    out->bytes++;
    if (c == '\n') out->lines++;
    if (isspace(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      out->words++;
    }
  }
}

static void print_counts(const struct counts *c, const char *name) {
  printf("%7lu %7lu %7lu%s%s\n", c->lines, c->words, c->bytes, name ? " " : "", name ? name : "");
}

int main(int argc, char **argv) {
  if (argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
    printf("usage: wc [FILE]...\n");
    return 0;
  }
  if (argc > 1 && argv[1][0] == '-' && argv[1][1] != '\0') {
    fprintf(stderr, "wc: unknown option %s\n", argv[1]);
    return 2;
  }
  if (argc == 1) {
    struct counts c = {0, 0, 0};
    count_stream(stdin, &c);
    print_counts(&c, NULL);
    return 0;
  }
  struct counts total = {0, 0, 0};
  int status = 0;
  for (int i = 1; i < argc; i++) {
    FILE *in = fopen(argv[i], "rb");
    if (in == NULL) {
      fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    struct counts c = {0, 0, 0};
    count_stream(in, &c);
    fclose(in);
    print_counts(&c, argv[i]);
    total.lines += c.lines;
    total.words += c.words;
    total.bytes += c.bytes;
  }
  if (argc > 2) print_counts(&total, "total");
  return status;
}

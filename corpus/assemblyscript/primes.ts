// An AssemblyScript module: a prime sieve over a managed Array, a class with
// fields and methods, string building and a Map, so the output carries
// AssemblyScript's runtime (allocator, incremental garbage collector, string
// and map code) as well as the program. The numeric exports take and return
// plain numbers, so a host calls them without AssemblyScript's JS bindings.

/** The primes below `limit`, by the sieve of Eratosthenes. */
function sieve(limit: i32): Array<i32> {
  const composite = new Array<bool>(limit);
  const primes = new Array<i32>();
  for (let n = 2; n < limit; n++) {
    if (composite[n]) continue;
    primes.push(n);
    for (let m = n * n; m < limit; m += n) composite[m] = true;
  }
  return primes;
}

export function countPrimes(limit: i32): i32 {
  return limit < 2 ? 0 : sieve(limit).length;
}

export function nthPrime(n: i32): i32 {
  // The n-th prime is below n (ln n + ln ln n) for n >= 6.
  const x = <f64>max(n, 6);
  const limit = <i32>(x * (Math.log(x) + Math.log(Math.log(x)))) + 1;
  const primes = sieve(limit);
  return n >= 1 && n <= primes.length ? primes[n - 1] : -1;
}

/** A running summary of numbers, to have a class with fields and methods. */
class Stats {
  count: i32 = 0;
  sum: f64 = 0;
  min: f64 = Infinity;
  max: f64 = -Infinity;

  add(value: f64): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  mean(): f64 {
    return this.count == 0 ? 0 : this.sum / this.count;
  }
}

/** The mean gap between consecutive primes below `limit`. */
export function meanPrimeGap(limit: i32): f64 {
  const primes = sieve(limit);
  const stats = new Stats();
  for (let i = 1; i < primes.length; i++) stats.add(<f64>(primes[i] - primes[i - 1]));
  return stats.mean();
}

/** How often each last decimal digit ends a prime below `limit`, as text: "1:4 3:5 ...". */
export function lastDigits(limit: i32): string {
  const tally = new Map<i32, i32>();
  const primes = sieve(limit);
  for (let i = 0; i < primes.length; i++) {
    const digit = primes[i] % 10;
    tally.set(digit, tally.has(digit) ? tally.get(digit) + 1 : 1);
  }
  const parts = new Array<string>();
  for (let digit = 0; digit < 10; digit++) {
    if (tally.has(digit)) parts.push(digit.toString() + ":" + tally.get(digit).toString());
  }
  return parts.join(" ");
}

/**
 * numpy's legacy `RandomState(seed)` (MT19937), only the two draws scikit-learn's k-means++ makes:
 * `randint(n)` and `uniform()`. With it, `kmeans(x, k, { seed: s })` picks the same initial centres
 * as sklearn `KMeans(random_state=s)`, so results can be compared to the reference run for run
 * (with a generic generator, sklearn's own spread over seeds, e.g. silhouette 0.19–0.21 at k = 6 on
 * the vaccination hashtags, is wider than the parity tolerance). Seeded like everything in
 * `random/rng.ts`; never Math.random.
 */

const N = 624;
const M = 397;

export interface NumpyRandomState {
  /** Integer in [0, n), as `RandomState.randint(n)` (masked rejection sampling). n ≤ 2³². */
  randint(n: number): number;
  /** Uniform in [0, 1) with 53 random bits, as `RandomState.uniform()` / `random_sample()`. */
  uniform(): number;
}

/** `numpy.random.RandomState(seed)`; seed is an integer in [0, 2³²). */
export function numpyRandomState(seed: number): NumpyRandomState {
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = Math.imul(1812433253, prev) + i;
  }
  let pos = N;
  const twist = (): void => {
    for (let i = 0; i < N; i++) {
      const y = (mt[i]! & 0x80000000) | (mt[(i + 1) % N]! & 0x7fffffff);
      mt[i] = mt[(i + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    pos = 0;
  };
  const nextUint32 = (): number => {
    if (pos >= N) twist();
    let y = mt[pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  return {
    randint(n) {
      const max = n - 1;
      if (max <= 0) return 0;
      let mask = max;
      for (let s = 1; s < 32; s <<= 1) mask |= mask >>> s;
      mask >>>= 0;
      let v: number;
      do v = (nextUint32() & mask) >>> 0;
      while (v > max);
      return v;
    },
    uniform() {
      const a = nextUint32() >>> 5;
      const b = nextUint32() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
  };
}

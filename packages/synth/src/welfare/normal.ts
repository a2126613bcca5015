/**
 * The standard normal distribution, written out so the welfare model needs no statistics
 * library: the CDF (to turn a welfare score into a decile without ranking anybody) and its
 * inverse (to turn one uniform draw into one normal draw, so every household consumes a fixed
 * number of uniforms and streams stay aligned).
 */

/** Φ(x). Complementary error function after Numerical Recipes' `erfcc` (relative error < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

const a = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
] as const;
const b = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const;
const c = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
const pLow = 0.02425;

/** Φ⁻¹(p) by Acklam's rational approximation (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${String(p)}`);
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - pLow) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** A uniform draw in [0, 1) as a standard normal; the ends are clipped so 0 maps to about −7.3. */
export function normalFromUniform(u: number): number {
  return normalQuantile(Math.min(Math.max(u, 1e-13), 1 - 1e-13));
}

/** Decile 1–10 of a value whose distribution is N(mean, sd²); decile 1 is the lowest tenth. */
export function decileOf(value: number, mean: number, sd: number): number {
  return Math.min(10, Math.max(1, Math.ceil(10 * normalCdf((value - mean) / sd))));
}

/**
 * The diagonal stripes that mark the chosen part of a drawing (the anatomy figure's highlight,
 * the body map's chosen area), so the choice never rests on colour alone. Each drawing colours
 * the ground and the stripe through its own classes.
 */
export function StripePattern({
  id,
  size,
  groundClass,
  stripeClass,
}: {
  id: string;
  /** The stripes' spacing, in the drawing's units. */
  size: number;
  groundClass: string;
  stripeClass: string;
}) {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} className={groundClass} />
      <path d={`M0 0V${size}`} className={stripeClass} />
    </pattern>
  );
}

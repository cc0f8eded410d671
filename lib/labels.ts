/** Label ids exactly as in DESIGN.md; order is the order of `scores` keys and CSV columns. */
export const CORE_LABELS = [
  'data_sale',
  'third_party_sharing',
  'cookies_tracking',
  'remote_access',
  'retention',
] as const;

export const EXTENDED_LABELS = [
  'first_party_collection',
  'user_rights',
  'security',
  'children',
  'policy_change',
  'international_transfer',
  'do_not_track',
  'contact',
] as const;

export const LABELS = [...CORE_LABELS, ...EXTENDED_LABELS] as const;

export type CoreLabel = (typeof CORE_LABELS)[number];
export type ExtendedLabel = (typeof EXTENDED_LABELS)[number];
export type Label = (typeof LABELS)[number];

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

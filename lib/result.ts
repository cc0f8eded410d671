/** Expected failures are values, not exceptions (see STYLE.md "Errors"). */
export type Result<T, E extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: { code: E; detail?: string } };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E extends string>(code: E, detail?: string): Result<never, E> => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

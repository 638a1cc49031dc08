/**
 * Exit codes, documented in the README and `--help`: 3 when --fail-on-warning is given and some
 * dump parsed with warnings; a stop by signal exits with 128 + its number.
 */
export const EXIT = { ok: 0, someInputFailed: 1, usage: 2, warnings: 3 } as const;

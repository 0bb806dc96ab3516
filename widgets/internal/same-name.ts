/**
 * Whether two names are the same name, written with other spaces, brackets or full-width forms
 * (domain.md §10: a registered name that differs from the name entered needs verification).
 * Its own module so that the flag's badge takes only this, not the warning sentences.
 */
export function sameName(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[（【［〔]/g, '(')
      .replace(/[）】］〕]/g, ')');
  return norm(a) === norm(b);
}

/** Whether a decision's registered name differs from the name entered (both non-empty). */
export function nameDiffers(entered: string | null | undefined, registered: string | null | undefined): boolean {
  const e = (entered ?? '').trim();
  const r = (registered ?? '').trim();
  return !!e && !!r && !sameName(e, r);
}

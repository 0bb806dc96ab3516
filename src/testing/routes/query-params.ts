/** The named query parameters of a GET that are present and not empty, as a record for its query schema. */
export function queryParams(url: URL, names: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== '') raw[name] = value;
  }
  return raw;
}

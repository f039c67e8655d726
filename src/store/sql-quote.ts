/** Quoting of names and strings spliced into DuckDB SQL. */

/** A SQL identifier in double quotes (`a"b` → `"a""b"`), safe for any column name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A SQL string literal in single quotes (`it's` → `'it''s'`), e.g. a file path. */
export function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The process-wide in-memory DuckDB instance that reads and queries Parquet files (created on
 * first use). Each call gets its own connection, so concurrent queries do not interfere.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

let instance: Promise<DuckDBInstance> | undefined;

/** Runs `fn` with a fresh connection to the shared in-memory instance, closed afterwards. */
export async function withDuckDB<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  instance ??= DuckDBInstance.create(':memory:');
  const connection = await (await instance).connect();
  try {
    return await fn(connection);
  } finally {
    connection.closeSync();
  }
}

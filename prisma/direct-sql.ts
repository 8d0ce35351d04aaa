// SQL straight to the database driver, for the few statements every learner's request runs
// (docs/decisions/012-direct-sql-on-the-hot-path.md). It goes through the very connection (SQLite)
// or pool (PostgreSQL) Prisma uses, via Prisma's own driver adapter, but skips Prisma's query
// machinery, which cost more than the statements themselves. Statements are written once, with
// `${value}` parameters; the placeholders (`?` or `$n`) are the provider's. Rows come back as
// objects with Prisma's types: numbers, booleans and Dates, whichever database answered.
import { createHash } from "node:crypto";
import type { Db, QueryEvent } from "./client";

/** The part of a Prisma driver adapter (SqlDriverAdapter) this module uses. */
export interface DriverQueryable {
  readonly provider: "sqlite" | "postgres" | string;
  queryRaw(query: DriverQuery): Promise<{ columnNames: string[]; columnTypes: number[]; rows: unknown[][] }>;
  executeRaw(query: DriverQuery): Promise<number>;
}

/** The adapter itself can also open a transaction (it sends BEGIN; the caller sends COMMIT or ROLLBACK). */
interface DriverAdapter extends DriverQueryable {
  startTransaction(): Promise<DriverQueryable & { commit(): Promise<void>; rollback(): Promise<void> }>;
}

interface DriverQuery {
  /** On PostgreSQL, the name to prepare the statement under (our patch to @prisma/adapter-pg). */
  preparedName?: string;
  sql: string;
  args: unknown[];
  argTypes: { scalarType: string; arity: "scalar" | "list"; dbType?: string }[];
}

interface Connection {
  adapter?: DriverAdapter;
  onQuery?: (event: QueryEvent) => void;
}

// Kept on the client under a registered symbol rather than in a module's map: Next.js bundles its
// own copy of this module, and server.ts's fast path must find what that copy attached.
const CONNECTION = Symbol.for("newsquiz.direct-sql.connection");
const connectionOf = (db: object) => (db as { [CONNECTION]?: Connection })[CONNECTION];

/**
 * createDb's hook: wraps the adapter factory so that the connection Prisma makes is remembered,
 * and `attach` ties it to the client made with that factory.
 */
export function rememberConnection<F extends { connect(): Promise<unknown> }>(factory: F, onQuery?: (event: QueryEvent) => void) {
  const connection: Connection = { onQuery };
  const connect = async () => {
    connection.adapter = (await factory.connect()) as DriverAdapter;
    return connection.adapter;
  };
  // The factory as it is, except that connecting also remembers the connection.
  const remembering = new Proxy(factory, {
    get(target, key) {
      if (key === "connect") return connect;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { factory: remembering, attach: (db: object) => void Object.defineProperty(db, CONNECTION, { value: connection }) };
}

/** A statement: SQL text split around its parameters, which may be values, lists or other statements. */
export class Statement {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** `IN (${list(ids)})`: one parameter per item (the list must not be empty). */
export class List {
  constructor(readonly items: readonly unknown[]) {
    if (items.length === 0) throw new Error("An SQL list needs at least one item.");
  }
}

export const sql = (strings: TemplateStringsArray, ...values: unknown[]) => new Statement(strings, values);
export const list = (items: readonly unknown[]) => new List(items);
/** SQL text written by us, never by a user: spliced in as it is. */
export const raw = (text: string) => new Statement([text], []);
/** Statements one after another, with `separator` (SQL text) between them. */
export const join = (statements: readonly Statement[], separator: string) =>
  new Statement(["", ...statements.slice(1).map(() => separator), ""], statements);

function render(statement: Statement, postgres: boolean): { text: string; args: unknown[] } {
  const args: unknown[] = [];
  const param = (value: unknown) => {
    args.push(value);
    return postgres ? `$${args.length}` : "?";
  };
  const walk = (s: Statement): string =>
    s.strings.reduce((text, part, i) => {
      if (i === 0) return part;
      const value = s.values[i - 1];
      const rendered = value instanceof Statement ? walk(value) : value instanceof List ? value.items.map(param).join(", ") : param(value);
      return text + rendered + part;
    }, "");
  return { text: walk(statement), args };
}

function argType(value: unknown): DriverQuery["argTypes"][number] {
  const scalarType =
    value instanceof Date ? "datetime" : typeof value === "boolean" ? "boolean" : typeof value === "number" ? (Number.isInteger(value) ? "int" : "float") : typeof value === "string" ? "string" : "unknown";
  return { scalarType, arity: "scalar" };
}

// Prisma's ColumnTypeEnum (@prisma/driver-adapter-utils), for the types our schema uses.
const INT32 = 0, INT64 = 1, FLOAT = 2, DOUBLE = 3, NUMERIC = 4, BOOLEAN = 5, DATETIME = 10, UNKNOWN_NUMBER = 128;
const NUMBERS = new Set([INT32, INT64, FLOAT, DOUBLE, NUMERIC, UNKNOWN_NUMBER]);

/** A driver value as Prisma would give it: SQLite's integers come as strings, its booleans as 0/1, dates as text. */
function convert(value: unknown, columnType: number): unknown {
  if (value === null || value === undefined) return null;
  if (NUMBERS.has(columnType)) return Number(value);
  if (columnType === BOOLEAN) return value === true || value === 1 || value === "1";
  if (columnType === DATETIME) return new Date(value as string);
  return value;
}

const preparedNames = new Map<string, string>();

/**
 * A name per SQL text, so that PostgreSQL prepares each statement once per connection. There are
 * few texts: only lists and multi-row inserts vary, with the number of questions in a quiz.
 */
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `nq_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    preparedNames.set(text, name);
  }
  return name;
}

export interface DirectSql {
  /** Whether the database is PostgreSQL (the few statements whose SQL differs ask this). */
  readonly postgres: boolean;
  /** Rows as objects keyed by column name (name columns with AS where the name matters). */
  query<T>(statement: Statement): Promise<T[]>;
  /** Runs a write and returns how many rows it changed. */
  execute(statement: Statement): Promise<number>;
  /**
   * Runs `work` in a transaction: all of its statements or none. `work` should only run statements:
   * on SQLite the write lock is held until it returns, and every other process waits for it.
   */
  transaction<T>(work: (tx: Omit<DirectSql, "transaction">) => Promise<T>): Promise<T>;
}

/** Built once per connection: every learner's request asks for it several times. */
const built = new WeakMap<DriverAdapter, DirectSql>();

const BARE = { args: [], argTypes: [] };

/** Direct statements over `db`'s own connection (it connects first if it has not yet). */
export async function directSql(db: Db): Promise<DirectSql> {
  const connection = connectionOf(db);
  if (!connection) throw new Error("This database client was not made by createDb, so it has no direct connection.");
  if (!connection.adapter) await db.$connect();
  const { adapter, onQuery } = connection;
  if (!adapter) throw new Error("Prisma connected without its driver adapter.");
  let direct = built.get(adapter);
  if (!direct) {
    direct = build(adapter, onQuery);
    built.set(adapter, direct);
  }
  return direct;
}

function build(adapter: DriverAdapter, onQuery: Connection["onQuery"]): DirectSql {
  const postgres = adapter.provider === "postgres";
  const prepare = (statement: Statement): DriverQuery => {
    const { text, args } = render(statement, postgres);
    return { sql: text, args, argTypes: args.map(argType), ...(postgres ? { preparedName: preparedName(text) } : {}) };
  };
  const timed = async <R,>(query: DriverQuery, run: () => Promise<R>): Promise<R> => {
    if (!onQuery) return run();
    const started = performance.now();
    try {
      return await run();
    } finally {
      onQuery({ query: query.sql, duration: performance.now() - started });
    }
  };
  const over = (driver: DriverQueryable): Omit<DirectSql, "transaction"> => ({
    postgres,
    async query<T>(statement: Statement) {
      const query = prepare(statement);
      const { columnNames, columnTypes, rows } = await timed(query, () => driver.queryRaw(query));
      return rows.map((row) => {
        const record: Record<string, unknown> = {};
        for (let i = 0; i < columnNames.length; i++) record[columnNames[i]!] = convert(row[i], columnTypes[i]!);
        return record as T;
      });
    },
    async execute(statement: Statement) {
      const query = prepare(statement);
      return timed(query, () => driver.executeRaw(query));
    },
  });
  return {
    ...over(adapter),
    async transaction(work) {
      const tx = await adapter.startTransaction();
      let result;
      try {
        result = await work(over(tx));
        await tx.executeRaw({ sql: "COMMIT", ...BARE });
      } catch (error) {
        await tx.executeRaw({ sql: "ROLLBACK", ...BARE }).catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      await tx.commit();
      return result;
    },
  };
}

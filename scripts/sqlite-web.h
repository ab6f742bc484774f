/* SQLite for the web build without the extensions Keikka never uses (full-text search, R-trees,
 * the introspection virtual tables, math functions, sessions): about 100 KB less gzipped wasm
 * on every participant's phone. scripts/build-web makes clang include this file after
 * sqlite-wasm-rs's own -D flags, so these #undefs win. JSON stays: the device store's queries
 * use `->>`. */
#undef SQLITE_ENABLE_FTS5
#undef SQLITE_ENABLE_RTREE
#undef SQLITE_ENABLE_DBSTAT_VTAB
#undef SQLITE_ENABLE_DBPAGE_VTAB
#undef SQLITE_ENABLE_BYTECODE_VTAB
#undef SQLITE_ENABLE_STMTVTAB
#undef SQLITE_ENABLE_MATH_FUNCTIONS
#undef SQLITE_ENABLE_SESSION
#undef SQLITE_ENABLE_PREUPDATE_HOOK
/* Checks and hooks no caller here needs: API misuse checks (rusqlite never misuses the API),
 * unlock notification, column metadata, offset(), unknown-function stand-ins, UTF-16 text,
 * statement tracing, progress callbacks, sqlite3_complete, sqlite3_get_table, and the memory
 * statistics (a lock and a counter on every allocation). The options are from SQLite's own
 * list of options safe with the amalgamation. */
#undef SQLITE_ENABLE_API_ARMOR
#undef SQLITE_ENABLE_UNLOCK_NOTIFY
#undef SQLITE_ENABLE_COLUMN_METADATA
#undef SQLITE_ENABLE_OFFSET_SQL_FUNC
#undef SQLITE_ENABLE_UNKNOWN_SQL_FUNCTION
#define SQLITE_OMIT_UTF16 1
#define SQLITE_OMIT_TRACE 1
#define SQLITE_OMIT_PROGRESS_CALLBACK 1
#define SQLITE_OMIT_COMPLETE 1
#define SQLITE_OMIT_GET_TABLE 1
#define SQLITE_DEFAULT_MEMSTATUS 0
/* Nor the compile-option list, incremental blob I/O, the authoriser callback, or the
 * integrity-check pragma (the device store never calls them). */
#define SQLITE_OMIT_COMPILEOPTION_DIAGS 1
#define SQLITE_OMIT_INCRBLOB 1
#define SQLITE_OMIT_AUTHORIZATION 1
#define SQLITE_OMIT_INTEGRITY_CHECK 1

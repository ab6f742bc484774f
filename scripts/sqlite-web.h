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

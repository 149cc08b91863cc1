/**
 * Keeps what gongkai reads: opens the database (an H2 file by default, PostgreSQL through a JDBC URL), migrates it
 * with Flyway, and stores documents, extraction runs, cells and findings, and people's review decisions and
 * corrections beside them. SQL lives in {@code db/migration} and in {@code .sql} resources beside this package.
 */
package io.gongkai.store;

/** The database: Detente's tables (Flyway migrations under db/migration) and the repositories that read and write them. */
package org.detente.archive;

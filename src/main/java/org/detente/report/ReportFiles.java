package org.detente.report;

import java.nio.file.Path;

/**
 * Where {@link ReportWriter} put one day's files, so callers can log them or hand them on.
 *
 * @param indicators the watch's whole indicator history, rewritten on every run
 */
public record ReportFiles(Path workbook, Path signals, Path articles, Path failures, Path indicators) {
}

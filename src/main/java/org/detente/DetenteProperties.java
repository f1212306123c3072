package org.detente;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Detente reads its configuration and writes its reports.
 *
 * @param jobsDir    the folder of watches, lexicons and defaults ({@code jobs})
 * @param reportsDir the folder the reports are written under ({@code reports})
 */
@ConfigurationProperties("detente")
public record DetenteProperties(Path jobsDir, Path reportsDir) {
}

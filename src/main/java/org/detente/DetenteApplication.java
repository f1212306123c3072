package org.detente;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring application behind the commands that run jobs; the command line itself starts in {@code cli}. */
@SpringBootApplication
@EnableConfigurationProperties(DetenteProperties.class)
public class DetenteApplication {
}

package org.detente.batch;

import org.detente.archive.ArticleEntryRepository;
import org.detente.archive.ArticleFieldRepository;
import org.detente.archive.ArticleRepository;
import org.detente.archive.DayReportQueries;
import org.detente.archive.DayCountRepository;
import org.detente.archive.DayRepository;
import org.detente.archive.FailureRepository;
import org.detente.archive.FetchLogRepository;
import org.detente.archive.IndicatorRepository;
import org.detente.archive.RawPageRepository;
import org.detente.archive.RunLockRepository;
import org.detente.archive.SchemaGuard;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.detente.archive.SignalRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repositories of the archive, on the application's data source. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    RawPageRepository rawPageRepository(JdbcClient jdbc) {
        return new RawPageRepository(jdbc);
    }

    @Bean
    ArticleRepository articleRepository(JdbcClient jdbc) {
        return new ArticleRepository(jdbc);
    }

    @Bean
    SignalRepository signalRepository(JdbcClient jdbc) {
        return new SignalRepository(jdbc);
    }

    @Bean
    IndicatorRepository indicatorRepository(JdbcClient jdbc) {
        return new IndicatorRepository(jdbc);
    }

    @Bean
    FailureRepository failureRepository(JdbcClient jdbc) {
        return new FailureRepository(jdbc);
    }

    @Bean
    DayReportQueries dayReportQueries(JdbcClient jdbc) {
        return new DayReportQueries(jdbc);
    }

    @Bean
    FetchLogRepository fetchLogRepository(JdbcClient jdbc) {
        return new FetchLogRepository(jdbc);
    }

    @Bean
    DayRepository dayRepository(JdbcClient jdbc) {
        return new DayRepository(jdbc);
    }

    @Bean
    DayCountRepository dayCountRepository(JdbcClient jdbc) {
        return new DayCountRepository(jdbc);
    }

    @Bean
    RunLockRepository runLockRepository(JdbcClient jdbc) {
        return new RunLockRepository(jdbc);
    }

    /** Migrates the database at start, refusing one whose schema is newer than this code. */
    @Bean
    FlywayMigrationStrategy schemaGuard() {
        return SchemaGuard::checkAndMigrate;
    }

    @Bean
    ArticleFieldRepository articleFieldRepository(JdbcClient jdbc) {
        return new ArticleFieldRepository(jdbc);
    }

    @Bean
    ArticleEntryRepository articleEntryRepository(JdbcClient jdbc) {
        return new ArticleEntryRepository(jdbc);
    }
}

package org.detente.batch;

import org.detente.archive.FailureRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rescore job: after a lexicon change, the date's stored articles are scored again and its indicators and
 * reports rewritten; nothing is collected or extracted. It shares the score, aggregate and report steps of the
 * daily job and, like it, is identified by watch, date and a rerun number.
 */
@Configuration(proxyBeanMethods = false)
class RescoreJobConfiguration {

    static final String JOB = "rescore";

    @Bean
    Job rescoreJob(JobRepository jobs, Step rescorePrepareStep, Step scoreStep, Step aggregateStep, Step reportStep) {
        return new JobBuilder(JOB, jobs)
                .validator(new DateParameterValidator())
                .start(rescorePrepareStep)
                .next(scoreStep)
                .next(aggregateStep)
                .next(reportStep)
                .build();
    }

    /** Forgets the date's scoring failures: the new lexicon gets its own. Signals are replaced article by article. */
    @Bean
    Step rescorePrepareStep(JobRepository jobs, PlatformTransactionManager tx, FailureRepository failures,
                            StepTimer stepTimer) {
        return new StepBuilder("prepare", jobs).tasklet((contribution, context) -> {
            var params = context.getStepContext().getStepExecution().getJobParameters();
            failures.clearStage(params.getString(DailyJobConfiguration.WATCH),
                    params.getLocalDate(DailyJobConfiguration.DATE), "score");
            return RepeatStatus.FINISHED;
        }, tx).listener(stepTimer).build();
    }
}

package org.detente.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.stereotype.Component;

/** Records how long each step ran in Detente's step timer. */
@Component
class StepTimer implements StepExecutionListener {

    private final PipelineMetrics metrics;

    StepTimer(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStartTime() != null) {
            // the end time is set only after the listeners ran
            metrics.stepTook(step.getStepName(), Duration.between(step.getStartTime(), LocalDateTime.now()));
        }
        return step.getExitStatus();
    }
}

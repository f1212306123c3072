package org.detente.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * A debug line per chunk of the chunk steps, for following a long day's run item by item
 * ({@code -Dlogging.level.org.detente.batch.ChunkLog=DEBUG}).
 */
@Component
class ChunkLog implements ChunkListener<Long, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ChunkLog.class);

    // steps of a job run one after the other, so one current step is enough
    private volatile StepExecution step;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepExecution s = step;
        if (s != null && log.isDebugEnabled()) {
            log.debug("{}: chunk of {} items done, {} items committed before it", s.getStepName(), chunk.size(),
                    s.getWriteCount());
        }
    }
}

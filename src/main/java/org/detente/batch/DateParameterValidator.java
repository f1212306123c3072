package org.detente.batch;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Requires a watch and a date typed as a {@link LocalDate}: a date given as a string would make another job
 * instance and silently run a finished day again.
 */
class DateParameterValidator implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        JobParameter<?> date = parameters.getParameter(DailyJobConfiguration.DATE);
        if (date == null || !LocalDate.class.equals(date.type())) {
            throw new InvalidJobParametersException("the daily job needs a 'date' parameter of type LocalDate");
        }
        if (parameters.getString(DailyJobConfiguration.WATCH) == null) {
            throw new InvalidJobParametersException("the daily job needs a 'watch' parameter");
        }
    }
}

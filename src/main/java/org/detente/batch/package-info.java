/** The only package that knows Spring Batch: the daily job, its steps, and how runs are started and restarted. */
package org.detente.batch;

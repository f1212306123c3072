/** Daily indicators per watch and category, built from the day's signals with each story counted once. */
package org.detente.aggregate;

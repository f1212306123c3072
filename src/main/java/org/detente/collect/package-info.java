/** Gathers the raw pages of a watch's sources, keeping their exact bytes so any day can be reprocessed. */
package org.detente.collect;

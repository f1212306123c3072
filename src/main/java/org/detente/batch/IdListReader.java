package org.detente.batch;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a list of row ids fetched when the step opens. The list is in a stable order, so a restarted step skips
 * exactly the items its committed chunks already handled.
 */
class IdListReader extends AbstractItemCountingItemStreamItemReader<Long> {

    private final Supplier<List<Long>> ids;
    private List<Long> items = List.of();

    IdListReader(String name, Supplier<List<Long>> ids) {
        this.ids = ids;
        setName(name);
    }

    @Override
    protected void doOpen() {
        items = ids.get();
    }

    @Override
    protected Long doRead() {
        int next = getCurrentItemCount() - 1;
        return next < items.size() ? items.get(next) : null;
    }

    @Override
    protected void doClose() {
        items = List.of();
    }
}
